package dev.papersearch.api;

import dev.papersearch.config.SettingsException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides which browser pages may use {@code /api/*}: the server's own origin, and other origins from
 * the {@code server.cors-origins} allow-list ({@code *} for any). A request from a listed origin gets
 * {@code Access-Control-Allow-Origin}, one from any other a 403, preflight ({@code OPTIONS})
 * included.
 *
 * <p>The server's own origin is {@code server.public-origin} or a loopback origin on the port the
 * request came in on, never whatever the {@code Host} header says: a page on a name its owner
 * re-points at this server (DNS rebinding) sends a matching {@code Host} and {@code Origin}.
 * Origins are compared exactly as browsers send them (lower-case scheme and host, no default port,
 * no trailing slash), and only a listed origin is ever echoed back.
 *
 * <p>Javalin's bundled CorsPlugin is not used because it answers a refused preflight with 200 and
 * still runs the handler of a refused request; here a refused origin never reaches the searcher.
 */
final class Cors {

  private static final String PATH = "/api/*";
  private static final String ANY = "*";
  /** An origin as browsers serialize it: scheme, host (a name, IPv4 or bracketed IPv6) and port. */
  private static final Pattern ORIGIN = Pattern.compile("(https?)://([a-z0-9._-]+|\\[[0-9a-f:.]+])(?::([0-9]{1,5}))?");
  /** Names and addresses that reach this machine only: localhost, 127.0.0.0/8, [::1]. */
  private static final Pattern LOOPBACK = Pattern.compile("localhost|127(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[::1]");

  private final Set<String> listed;
  private final String publicOrigin;

  /**
   * @param configured {@code server.cors-origins}
   * @param publicOrigin {@code server.public-origin}: where readers reach the server when that is not
   *     a loopback address and its port (a proxy's name); empty when none
   */
  Cors(List<String> configured, String publicOrigin) {
    this.listed =
        configured.stream()
            .map(o -> o.equals(ANY) ? ANY : serialized("server.cors-origins", o))
            .collect(Collectors.toUnmodifiableSet());
    this.publicOrigin = publicOrigin.isEmpty() ? "" : serialized("server.public-origin", publicOrigin);
  }

  void install(JavalinConfig cfg) {
    cfg.routes.before(PATH, this::check);
  }

  private void check(Context ctx) {
    // Whether an answer carries Access-Control-Allow-Origin depends on Origin, so a cache must not
    // hand an answer to a request without Origin to one with it, or the reverse.
    ctx.header(Header.VARY, Header.ORIGIN);
    String origin = ctx.header(Header.ORIGIN);
    if (origin == null || sameOrigin(origin, ctx.req().getLocalPort())) {
      return;
    }
    if (!listed.contains(ANY) && !listed.contains(origin)) {
      throw new ApiException(
          403,
          "Origin: " + origin + " may not use this API; the server's settings server.cors-origins and server.public-origin"
              + " list the allowed origins");
    }
    ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, listed.contains(ANY) ? ANY : origin);
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

  /**
   * The server speaks plain HTTP on {@code localPort}; behind a proxy or a mapped port the page's
   * origin is the configured public one.
   */
  private boolean sameOrigin(String origin, int localPort) {
    if (origin.equals(publicOrigin)) {
      return true;
    }
    Matcher m = ORIGIN.matcher(origin);
    return m.matches()
        && m.group(1).equals("http")
        && LOOPBACK.matcher(m.group(2)).matches()
        && (m.group(3) == null ? 80 : Integer.parseInt(m.group(3))) == localPort;
  }

  /**
   * A configured origin as browsers send it; case, a trailing slash and the scheme's default port
   * are forgiven in the setting, never in a request.
   */
  private static String serialized(String key, String configured) {
    String origin = configured.toLowerCase(Locale.ROOT);
    origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    Matcher m = ORIGIN.matcher(origin);
    if (!m.matches()) {
      throw new SettingsException(
          key + ": '" + configured + "' is not an origin like https://example.org"
              + (key.equals("server.cors-origins") ? " (or * for any)" : ""));
    }
    String defaultPort = m.group(1).equals("https") ? "443" : "80";
    return defaultPort.equals(m.group(3)) ? origin.substring(0, m.start(3) - 1) : origin;
  }
}
