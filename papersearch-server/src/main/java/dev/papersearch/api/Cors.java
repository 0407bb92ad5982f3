package dev.papersearch.api;

import dev.papersearch.config.SettingsException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cross-origin use of {@code /api/*} from the {@code server.cors-origins} allow-list: empty means the
 * server's own origin only, {@code *} any origin. A browser request from another origin gets
 * {@code Access-Control-Allow-Origin} when that origin is listed, and a 403 otherwise, preflight
 * ({@code OPTIONS}) included.
 *
 * <p>Javalin's bundled CorsPlugin is not used because it answers a refused preflight with 200 and
 * still runs the handler of a refused request; here a refused origin never reaches the searcher.
 */
final class Cors {

  private static final String PATH = "/api/*";
  private static final Pattern ORIGIN = Pattern.compile("https?://[^/?#\\s]+");
  private static final String ANY = "*";

  private final Set<String> origins;

  Cors(List<String> configured) {
    for (String origin : configured) {
      if (!origin.equals(ANY) && !ORIGIN.matcher(origin).matches()) {
        throw new SettingsException(
            "server.cors-origins: '" + origin + "' is not an origin like https://example.org (or * for any)");
      }
    }
    this.origins = configured.stream().map(Cors::normalize).collect(Collectors.toUnmodifiableSet());
  }

  void install(JavalinConfig cfg) {
    cfg.routes.before(PATH, this::check);
  }

  private void check(Context ctx) {
    String origin = ctx.header(Header.ORIGIN);
    if (origin == null || sameOrigin(origin, ctx.host())) {
      return;
    }
    if (!origins.contains(ANY) && !origins.contains(normalize(origin))) {
      throw new ApiException(
          403, "Origin: " + origin + " may not use this API; the server's setting server.cors-origins lists the allowed origins");
    }
    ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origins.contains(ANY) ? ANY : origin);
    ctx.header(Header.VARY, Header.ORIGIN);
    if (ctx.method() == HandlerType.OPTIONS) {
      preflight(ctx);
    }
  }

  /** The answer to a preflight is its headers alone; no route of the API takes OPTIONS. */
  private static void preflight(Context ctx) {
    ctx.header(Header.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
    String requestedHeaders = ctx.header(Header.ACCESS_CONTROL_REQUEST_HEADERS);
    if (requestedHeaders != null) {
      ctx.header(Header.ACCESS_CONTROL_ALLOW_HEADERS, requestedHeaders);
    }
    ctx.header(Header.ACCESS_CONTROL_MAX_AGE, "600");
    ctx.status(204).skipRemainingHandlers();
  }

  /** The page's own requests may carry an Origin too; host and port decide (the scheme may be a proxy's). */
  private static boolean sameOrigin(String origin, String host) {
    int authority = origin.indexOf("://");
    return host != null && authority >= 0 && origin.substring(authority + 3).equalsIgnoreCase(host);
  }

  private static String normalize(String origin) {
    String lower = origin.toLowerCase(Locale.ROOT);
    return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
