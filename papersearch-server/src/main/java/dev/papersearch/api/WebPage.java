package dev.papersearch.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;

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

  /**
   * The files of {@code src/main/resources/public}, each served at its name ({@code index.html} also at
   * {@code /} and {@code /paper/{id}}, which reads the path); {@code ApiServerTest} checks the list
   * against the folder.
   */
  static final List<String> FILES = List.of("index.html", "app.js", "search-core.js", "style.css", "widget.js", "openapi.json");

  /** One file, read from the jar once: its bytes, its type and a validator of its content. */
  private record PublicFile(byte[] bytes, String contentType, String etag) {

    static PublicFile of(String name) {
      byte[] bytes = read("/public/" + name);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      return new PublicFile(bytes, contentType(name), "W/\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(bytes.length) + "\"");
    }

    void send(Context ctx) {
      // Browsers load module scripts in CORS mode, so another site can load widget.js (and the module it
      // imports) only with this header. The files are public; the data behind /api keeps its allow-list (Cors).
      ctx.header(Header.CACHE_CONTROL, "max-age=0").header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, "*").header(Header.ETAG, etag);
      String ifNoneMatch = ctx.header(Header.IF_NONE_MATCH);
      if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag))) {
        ctx.status(304);
        return;
      }
      ctx.contentType(contentType).result(bytes);
    }

    private static String contentType(String name) {
      String extension = name.substring(name.lastIndexOf('.') + 1);
      return switch (extension) {
        case "html" -> "text/html; charset=utf-8";
        case "js" -> "text/javascript; charset=utf-8";
        case "css" -> "text/css; charset=utf-8";
        case "json" -> "application/json";
        default -> throw new IllegalArgumentException("no content type for " + name);
      };
    }
  }

  private WebPage() {}

  /**
   * The files as routes of their own, not Javalin's static files from the classpath: those open the
   * whole jar as a zip file system at start (its central directory of some 20,000 entries, read in
   * interpreted code beside the warm-up), which held the start's main thread 0.7 s and kept 2 MB of
   * entries for as long as the server ran.
   * A fixed list also leaves no path to resolve, so nothing outside it can be asked for.
   */
  static void install(JavalinConfig cfg) {
    for (String name : FILES) {
      PublicFile file = PublicFile.of(name);
      cfg.routes.get("/" + name, file::send);
      cfg.routes.head("/" + name, file::send);
      if (name.equals("index.html")) {
        cfg.routes.get("/", file::send);
        cfg.routes.head("/", file::send);
        cfg.routes.get("/paper/{id}", file::send);
      }
    }
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
