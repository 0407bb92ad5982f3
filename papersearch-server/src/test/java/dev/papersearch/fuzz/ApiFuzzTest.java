package dev.papersearch.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.api.ApiServer;
import dev.papersearch.config.Settings;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.TestIndexes;
import dev.papersearch.support.Http;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile requests against the real server: whatever the query, parameters or raw request target,
 * the answer is never a 5xx, an error is always the JSON error body, and it comes quickly.
 */
class ApiFuzzTest {

  private static final Duration BOUND = Duration.ofSeconds(3);

  private static Path dir;
  private static PaperIndex index;
  private static Javalin app;
  private static Http http;
  private static final AtomicLong slowest = new AtomicLong();
  private static final AtomicLong requests = new AtomicLong();

  @BeforeContainer
  static void start() throws IOException {
    dir = Files.createTempDirectory("api-fuzz");
    index = TestIndexes.sampleIndex(dir);
    app = ApiServer.create(new LuceneSearcher(index), Settings.defaults().withPort(0)).start();
    http = new Http(app.port());
  }

  @AfterContainer
  static void stop() throws IOException {
    System.out.printf("api fuzz: %d requests, slowest %d ms%n", requests.get(), slowest.get() / 1_000_000);
    app.stop();
    index.close();
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<String> searches() {
    Arbitrary<String> q = HostileText.query().map(t -> "q=" + enc(t));
    Arbitrary<String> page = HostileText.number().map(n -> "page=" + enc(n));
    Arbitrary<String> size = HostileText.number().map(n -> "size=" + enc(n));
    Arbitrary<String> other =
        Arbitraries.of("sort=relevance", "sort=votes", "sort=" + enc("\u0000"), "date=2024", "date=2024-13", "date=" + enc("9999-99-99"),
            "from=2024-01-01", "to=1900-01-01", "from=" + enc(HostileText.MANY_PARENS.substring(0, 50)), "q", "q=", "&&&", "=x");
    return Combinators.combine(q, page, size, other.list().ofMaxSize(3))
        .as((a, b, c, d) -> "/api/search?" + a + "&" + b + "&" + c + (d.isEmpty() ? "" : "&" + String.join("&", d)));
  }

  @Property(tries = 500)
  void searchParametersNeverBreakTheServer(@ForAll("searches") String pathAndQuery) {
    check(pathAndQuery, () -> http.get(pathAndQuery));
  }

  /** Request targets as bytes: traversal, bad and overlong percent-encoding, non-ASCII bytes. */
  @Provide
  Arbitrary<String> targets() {
    Arbitrary<String> start =
        Arbitraries.of("/api/search?q=", "/api/papers/", "/", "/paper/", "/widget.js", "/../", "/%2e%2e/", "//",
            "/api/admin/digests?name=", "/health?", "/%2fetc%2fpasswd", "/..%2f..%2f", "/ready/", "/metrics?x=");
    Arbitrary<String> escape =
        Arbitraries.strings().withChars("0123456789abcdefABCDEFxyz%").ofMinLength(0).ofMaxLength(3).map(s -> "%" + s);
    Arbitrary<String> bytes = Arbitraries.strings().withCharRange('!', '~').withCharRange('\u0080', '\u00ff').ofMaxLength(6);
    Arbitrary<String> piece = Arbitraries.oneOf(escape, bytes, Arbitraries.of("..", "/", "\\", "?", "#", "&", "=", ";", "%00", "%ED%A0%80", "%C0%AF", "%FF"));
    return Combinators.combine(start, piece.list().ofMaxSize(10)).as((s, p) -> s + String.join("", p));
  }

  @Property(tries = 400)
  void rawRequestTargetsNeverBreakTheServer(@ForAll("targets") String target) {
    check(target, () -> http.raw(target.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Example
  void tenThousandBracketsAreRefusedPolitely() {
    Http.Reply encoded = check("many (", () -> http.get("/api/search?q=" + enc(HostileText.MANY_PARENS)));
    assertEquals(414, encoded.status(), "30,000 characters of URL: too long for the request line");
    Http.Reply raw = check("many ( raw", () -> http.raw(("/api/search?q=" + HostileText.MANY_PARENS).getBytes(StandardCharsets.US_ASCII)));
    assertEquals(414, raw.status());
    Http.Reply justOverTheLimit = check("513 (", () -> http.get("/api/search?q=" + enc("(".repeat(513))));
    assertEquals(400, justOverTheLimit.status());
    assertTrue(justOverTheLimit.json().get("error").get("message").asText().startsWith("q:"));
  }

  private static Http.Reply check(String what, Supplier<Http.Reply> request) {
    long started = System.nanoTime();
    Http.Reply reply = request.get();
    long nanos = System.nanoTime() - started;
    requests.incrementAndGet();
    slowest.accumulateAndGet(nanos, Math::max);
    assertTrue(reply.status() < 500, what + " → " + reply.status() + " " + reply.body());
    if (reply.status() >= 400 || what.startsWith("/api/")) {
      assertTrue(reply.isJson(), what + " → not JSON: " + reply.headers() + " " + reply.body());
      if (reply.status() >= 400) {
        assertEquals(reply.status(), reply.json().get("error").get("status").asInt(), what + " → " + reply.body());
      }
    }
    assertTrue(nanos < BOUND.toNanos(), what + " took " + nanos / 1_000_000 + " ms");
    return reply;
  }
}
