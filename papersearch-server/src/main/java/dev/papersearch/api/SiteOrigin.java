package dev.papersearch.api;

import dev.papersearch.config.Settings;
import io.javalin.http.Context;

/**
 * Where readers reach the server, for the absolute links a feed and a browser's search description
 * must carry: {@code server.public-origin} when set, else the scheme and {@code Host} of the request.
 * The {@code Host} only shapes links in the answer to the request that sent it; it is never trusted
 * for access ({@link Cors}).
 */
final class SiteOrigin {

  private SiteOrigin() {}

  static String of(Context ctx, Settings settings) {
    String configured = settings.publicOrigin();
    if (!configured.isBlank()) {
      return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
  }
}
