package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.papersearch.config.Settings;
import dev.papersearch.config.SettingsException;
import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.Digests;
import dev.papersearch.index.Digests.Block;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.TestIndexes;
import dev.papersearch.support.Http;
import dev.papersearch.support.ServedIndex;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input at the edges of the server: security headers on every kind of response, no way out
 * of the static files, decomposed Hangul, the search time limit, and what a lenient edge would
 * misread (issue #20): query strings that do not decode, the method override header, and origins
 * that only look like the server's own or a listed one.
 */
class HardeningTest {

  private static final String NFD_PAPER = "2508.00001";
  private static final String LISTED = "https://blog.example.org";

  @TempDir static Path dir;
  private static PaperIndex index;
  private static ServedIndex served;
  private static Http http;

  @BeforeAll
  static void start() {
    index = TestIndexes.sampleIndex(dir.resolve("index"));
    // A digest typed on macOS: its Hangul arrives decomposed into jamo.
    String nfd = Normalizer.normalize("이 논문은 확산 모델의 양자화를 다룹니다.", Normalizer.Form.NFD);
    Path corpus = dir.resolve("nfd");
    Digests.write(corpus, LocalDate.of(2025, 8, 1), new Block(NFD_PAPER, "Decomposed Hangul Summary", nfd));
    new CorpusIndexer(index).index(corpus, CorpusReader.QUIETLY);
    served = ServedIndex.start(index, Settings.defaults().withCorsOrigins(List.of(LISTED)));
    http = served.http();
  }

  @AfterAll
  static void stop() throws IOException {
    served.close();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static Http.Reply rawGet(String pathAndQuery, String... headers) {
    return http.raw("GET", pathAndQuery.getBytes(StandardCharsets.ISO_8859_1), null, headers);
  }

  private static void assertRefused(int status, String parameter, Http.Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isJson(), reply.headers().toString());
    JsonNode error = reply.json().get("error");
    assertEquals(status, error.get("status").asInt());
    assertTrue(error.get("message").asText().startsWith(parameter + ": "), error.get("message").asText());
  }

  private static boolean variesByOrigin(Http.Reply reply) {
    String vary = reply.header("vary");
    return vary != null && Arrays.stream(vary.split(",")).map(String::strip).anyMatch("Origin"::equals);
  }

  @Test
  void decomposedHangulFindsTheSamePapersAsComposed() {
    String composed = "트랜스포머 효율";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertFalse(composed.equals(decomposed), "the test needs a query that NFD changes");
    JsonNode nfc = http.get("/api/search?q=" + q(composed)).json();
    JsonNode nfd = http.get("/api/search?q=" + q(decomposed)).json();
    assertTrue(nfc.get("total").asInt() > 0);
    assertEquals(nfc.get("total"), nfd.get("total"));
    assertEquals(ids(nfc), ids(nfd));
  }

  @Test
  void aDecomposedDocumentIsFoundByComposedAndDecomposedQueries() {
    for (String query : List.of("양자화", Normalizer.normalize("양자화", Normalizer.Form.NFD))) {
      assertTrue(ids(http.get("/api/search?q=" + q(query) + "&size=50").json()).contains(NFD_PAPER), query);
    }
  }

  /** Requests of every kind: API, page, static file, each kind of error, and Jetty's own refusals. */
  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    List<Http.Reply> replies =
        List.of(
            http.get("/api/search?q=x"),
            http.get("/api/papers/0000.00000"),
            http.get("/api/search?size=1000"),
            http.get("/health"),
            http.get("/ready"),
            http.get("/"),
            http.get("/paper/2312.00752"),
            http.get("/widget.js"),
            http.get("/no/such/file.txt"),
            http.send("DELETE", "/api/search", null),
            http.raw("/%zz".getBytes(StandardCharsets.US_ASCII)),
            http.raw(("/api/search?q=" + "x".repeat(20_000)).getBytes(StandardCharsets.US_ASCII)));
    for (Http.Reply reply : replies) {
      assertEquals("nosniff", reply.header("x-content-type-options"), reply.status() + " " + reply.headers());
      assertEquals("strict-origin-when-cross-origin", reply.header("referrer-policy"), reply.status() + " " + reply.headers());
      boolean html = String.valueOf(reply.header("content-type")).startsWith("text/html");
      assertEquals(html, reply.header("content-security-policy") != null, reply.status() + " " + reply.headers());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/.%2e/.%2e/etc/passwd", "/..%5c..%5cetc%5cpasswd", "/%252e%252e/etc/passwd", "//etc/passwd", "/etc/passwd",
        "/%2fetc%2fpasswd", "/file:///etc/passwd", "/public/../sample/README.md", "/sample/2024-06-03.md",
        "/dev/papersearch/cli/Main.class", "/META-INF/MANIFEST.MF", "/public/", "/sample/", "/config/papersearch.properties",
        "/widget.js/../../sample/README.md", "/%c0%ae%c0%ae/etc/passwd"
      })
  void noFileOutsideThePublicFolderIsServed(String target) {
    Http.Reply reply = http.raw(target.getBytes(StandardCharsets.US_ASCII));
    assertTrue(reply.status() >= 400 && reply.status() < 500, target + " → " + reply.status() + " " + reply.body());
    assertTrue(reply.isJson(), target + " → " + reply.headers());
    assertEquals(reply.status(), reply.json().get("error").get("status").asInt());
    assertFalse(reply.body().contains("root:"), reply.body());
    assertFalse(reply.body().contains("Daily Papers"), reply.body());
  }

  @Test
  void aSearchPastItsTimeLimitIs503WithAJsonBodyAndRetryAfter() throws IOException {
    Javalin limited = ApiServer.create(new LuceneSearcher(index, Duration.ZERO), Settings.defaults().withPort(0)).start();
    try {
      Http.Reply reply = new Http(limited.port()).get("/api/search?q=" + q("트랜스포머"));
      assertEquals(503, reply.status(), reply.body());
      assertEquals("1", reply.header("retry-after"));
      assertTrue(reply.json().get("error").get("message").asText().contains("0 ms"), reply.body());
    } finally {
      limited.stop();
    }
    assertNull(http.get("/api/search?q=" + q("트랜스포머")).header("retry-after"), "the default limit lets it through");
  }

  /** {@code query|parameter}: the query string as sent, the parameter the answer must name. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "q=transformer%zz&date=2024-05|q", "date=%G1&q=transformer|date", "q=transformer&sort=votes%|sort",
        "size=%2|size", "q=a%|q", "q%zz=transformer|q%zz", "q=%ff|q", "q=%e2%82|q", "q=%c0%ae%c0%ae|q",
        "q=%ed%a0%80|q", "q=ok&page=%80|page"
      })
  void aQueryStringThatDoesNotDecodeIs400NamingTheParameter(String spec) {
    String[] parts = spec.split("\\|");
    assertRefused(400, parts[1], rawGet("/api/search?" + parts[0]));
  }

  /** Checked once for all of {@code /api}, so a route that reads no parameter refuses it too. */
  @Test
  void everyApiRouteRefusesAQueryStringThatDoesNotDecode() {
    assertRefused(400, "x", rawGet("/api/papers/2312.00752?x=%zz"));
  }

  @Test
  void wellFormedEscapesPlusSignsAndRawUtf8StillDecode() {
    Http.Reply escaped = rawGet("/api/search?q=" + URLEncoder.encode("트랜스포머", StandardCharsets.UTF_8) + "&size=1");
    assertEquals(200, escaped.status(), escaped.body());
    assertEquals("트랜스포머", escaped.json().get("query").asText());
    Http.Reply plus = rawGet("/api/search?q=state+space%2Bmodel&size=1");
    assertEquals(200, plus.status(), plus.body());
    assertEquals("state space+model", plus.json().get("query").asText());
    Http.Reply raw = http.raw("/api/search?q=트랜스포머&size=1".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, raw.status(), raw.body());
    assertEquals("트랜스포머", raw.json().get("query").asText());
  }

  @Test
  void theMethodOverrideHeaderDoesNotTurnAPostIntoAGet() {
    Http.Reply reply = http.post("/api/search?q=transformer", new byte[0], "X-HTTP-Method-Override", "GET");
    assertEquals(405, reply.status(), reply.body());
    assertEquals(405, reply.json().get("error").get("status").asInt());
  }

  @Test
  void everyApiResponseVariesByOrigin() {
    Map<String, Http.Reply> replies =
        Map.of(
            "search", http.get("/api/search?q=transformer"),
            "bad parameter", http.get("/api/search?size=abc"),
            "bad escape", rawGet("/api/search?q=%zz"),
            "unknown paper", http.get("/api/papers/0000.00000"),
            "paper", http.get("/api/papers/2312.00752"),
            "unknown route", http.get("/api/nothing"),
            "wrong method", http.send("DELETE", "/api/search", null),
            "listed origin", http.get("/api/search?q=x", "Origin", LISTED),
            "refused origin", http.get("/api/search?q=x", "Origin", "https://evil.example"),
            "preflight",
                http.send("OPTIONS", "/api/search", null, "Origin", LISTED, "Access-Control-Request-Method", "GET"));
    replies.forEach((what, reply) -> assertTrue(variesByOrigin(reply), what + ": " + reply.status() + " " + reply.headers()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTTPS://BLOG.EXAMPLE.ORG", "https://Blog.Example.Org", "https://blog.example.org/", "https://blog.example.org:443",
        "https://blog.example.org.evil.example", "http://blog.example.org", "null"
      })
  void onlyTheListedOriginExactlyAsBrowsersSendItIsAllowed(String origin) {
    Http.Reply reply = http.get("/api/search?q=x", "Origin", origin);
    assertRefused(403, "Origin", reply);
    assertNull(reply.header("access-control-allow-origin"), reply.headers().toString());
    Http.Reply preflight =
        http.send("OPTIONS", "/api/search", null, "Origin", origin, "Access-Control-Request-Method", "GET");
    assertEquals(403, preflight.status());
    assertNull(preflight.header("access-control-allow-origin"), preflight.headers().toString());

    Http.Reply listed = http.get("/api/search?q=x", "Origin", LISTED);
    assertEquals(200, listed.status());
    assertEquals(LISTED, listed.header("access-control-allow-origin"));
  }

  /** A page on evil.example whose name the attacker re-points at this server sends this pair. */
  @Test
  void aRebindingHostAndOriginPairIsNotSameOrigin() {
    String authority = "evil.example:" + served.port();
    Http.Reply reply = rawGet("/api/search?q=x", "Host", authority, "Origin", "http://" + authority);
    assertRefused(403, "Origin", reply);
    assertNull(reply.header("access-control-allow-origin"), reply.headers().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:%d", "http://127.0.0.1:%d", "http://127.4.5.6:%d", "http://[::1]:%d"})
  void aLoopbackOriginOnTheServersPortIsSameOrigin(String origin) {
    String own = origin.formatted(served.port());
    Http.Reply reply = rawGet("/api/search?q=x", "Host", own.substring(own.indexOf("://") + 3), "Origin", own);
    assertEquals(200, reply.status(), reply.body());
    assertNull(reply.header("access-control-allow-origin"), "same-origin needs no CORS header");
  }

  /** {@code %d} is the server's port, {@code %2$d} another one. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:%2$d", "http://127.0.0.1:%2$d", "https://localhost:%d", "http://localhost.evil.example:%d",
        "http://127.0.0.1.evil.example:%d", "http://127.0.0.256:%d", "http://[::2]:%d", "http://LOCALHOST:%d",
        "http://0.0.0.0:%d", "http://localhost"
      })
  void originsThatOnlyLookLikeTheServersAreCrossOrigin(String origin) {
    String other = origin.formatted(served.port(), served.port() == 65535 ? 65534 : served.port() + 1);
    Http.Reply reply = rawGet("/api/search?q=x", "Host", other.substring(other.indexOf("://") + 3), "Origin", other);
    assertRefused(403, "Origin", reply);
  }

  @Test
  void theConfiguredPublicOriginIsSameOrigin() throws IOException {
    Settings settings =
        Settings.load(null, Map.of(), Map.of("server.port", "0", "server.public-origin", "https://search.example.org"));
    Javalin proxied = ApiServer.create(new LuceneSearcher(index), settings).start();
    try {
      Http behindProxy = new Http(proxied.port());
      Http.Reply own =
          behindProxy.raw(
              "GET", "/api/search?q=x".getBytes(StandardCharsets.US_ASCII), null, "Host", "search.example.org", "Origin",
              "https://search.example.org");
      assertEquals(200, own.status(), own.body());
      assertNull(own.header("access-control-allow-origin"));
      assertEquals(200, behindProxy.get("/api/search?q=x", "Origin", "http://localhost:" + proxied.port()).status());
      assertEquals(403, behindProxy.get("/api/search?q=x", "Origin", "https://search.example.org:8443").status());
    } finally {
      proxied.stop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"server.public-origin|search.example.org", "server.cors-origins|https://blog.example.org/path"})
  void anOriginThatIsNotOneStopsStartUpNamingTheSetting(String spec) {
    String[] parts = spec.split("\\|");
    Settings settings = Settings.load(null, Map.of(), Map.of("server.port", "0", parts[0], parts[1]));
    SettingsException e = assertThrows(SettingsException.class, () -> ApiServer.create(new LuceneSearcher(index), settings));
    assertTrue(e.getMessage().startsWith(parts[0] + ": '" + parts[1] + "'"), e.getMessage());
  }
}
