package dev.papersearch.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The search page and the embeddable widget: the files of {@code src/main/resources/public} (so the
 * jar carries them), {@code /paper/{id}} answered with the same page (it reads the path), and the
 * page's Content-Security-Policy.
 */
final class WebPage {

  /**
   * Only the server's own scripts, styles and API; thumbnails come from Hugging Face's CDNs over
   * https. No inline script or style is allowed, so even markup that slipped into the page could not run.
   */
  static final String CSP =
      String.join(
          "; ",
          "default-src 'self'",
          "img-src 'self' https: data:",
          "style-src 'self'",
          "script-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'self'",
          "frame-ancestors 'self'");

  private static final byte[] INDEX = read("/public/index.html");

  private WebPage() {}

  static void install(JavalinConfig cfg) {
    cfg.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/public";
          files.location = Location.CLASSPATH;
          // Browsers load module scripts in CORS mode, so another site can load widget.js (and the
          // module it imports) only with this header. The files are public; the data behind
          // /api keeps its allow-list (Cors).
          files.headers = Map.of(Header.CACHE_CONTROL, "max-age=0", Header.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        });
    cfg.routes.get("/paper/{id}", ctx -> ctx.contentType(ContentType.TEXT_HTML).result(INDEX));
    cfg.routes.after(WebPage::securityHeaders);
  }

  /** Set again here because an error inside Javalin may have reset the response's headers. */
  private static void securityHeaders(Context ctx) {
    JettyHardening.SECURITY_HEADERS.forEach(ctx::header);
    String type = ctx.res().getContentType();
    if (type != null && type.startsWith(ContentType.HTML)) {
      ctx.header(Header.CONTENT_SECURITY_POLICY, CSP);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = WebPage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
