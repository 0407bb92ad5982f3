package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.papersearch.config.Settings;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.support.OpenApiContract;
import dev.papersearch.search.Stage;
import dev.papersearch.search.TestIndexes;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP contract, over real HTTP against the server on a free port. */
class ApiServerTest {

  @TempDir static Path dir;
  private static PaperIndex index;
  private static Javalin app;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALLOWED_ORIGIN = "https://digest.example.org";

  @BeforeAll
  static void start() {
    index = TestIndexes.sampleIndex(dir);
    app =
        ApiServer.create(
                new LuceneSearcher(index),
                Settings.defaults().withPort(0).withCorsOrigins(List.of(ALLOWED_ORIGIN)))
            .start();
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    index.close();
  }

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  private static Reply send(String method, String pathAndQuery, String... headers) throws Exception {
    HttpResponse<String> response = raw(method, pathAndQuery, headers);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        pathAndQuery + " answered " + response.headers());
    return new Reply(response.statusCode(), JSON.readTree(response.body()), response);
  }

  private static HttpResponse<String> raw(String method, String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    OpenApiContract.served()
        .check(method, pathAndQuery, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    return response;
  }

  private static Reply get(String pathAndQuery) throws Exception {
    return send("GET", pathAndQuery);
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void tookMsCountsTheWholeRequestAndServerTimingSaysWhereItWent() throws Exception {
    Reply r = get("/api/search?q=" + q("확산 모델") + "&size=10");
    String header = r.raw().headers().firstValue("Server-Timing").orElseThrow();
    List<String> stages = new ArrayList<>();
    double sum = 0;
    double beforeBody = 0;
    for (String stage : header.split(", ")) {
      Matcher m = Pattern.compile("([a-z]+);dur=([0-9]+\\.[0-9]{2})").matcher(stage);
      assertTrue(m.matches(), header);
      stages.add(m.group(1));
      double ms = Double.parseDouble(m.group(2));
      sum += ms;
      beforeBody += m.group(1).equals("json") ? 0 : ms;
    }
    assertEquals(List.of("parse", "queue", "read", "build", "collect", "hits", "facets", "search", "json"), stages, header);
    assertTrue(sum > 0, header);
    // took_ms is every stage up to the body, rounded; the stages are rounded to 0.01 ms each.
    assertEquals(Math.round(beforeBody), r.body().get("took_ms").asLong(), 1, header + " " + r.body().get("took_ms"));
  }

  @Test
  void searchAnswersWithTheDocumentedShape() throws Exception {
    Reply r = get("/api/search?q=" + q("트랜스포머") + "&size=2");
    assertEquals(200, r.status());
    JsonNode body = r.body();
    assertEquals("트랜스포머", body.get("query").asText());
    assertTrue(body.get("total").asInt() >= 3);
    assertEquals(1, body.get("page").asInt());
    assertEquals(2, body.get("size").asInt());
    assertTrue(body.has("took_ms"));
    assertEquals(0, body.get("query_notes").get("plain_words").size(), body.toString());
    assertEquals(0, body.get("query_notes").get("dropped_words").size(), body.toString());
    List<String> noteFields = new ArrayList<>();
    body.get("query_notes").fieldNames().forEachRemaining(noteFields::add);
    assertEquals(List.of("plain_words", "dropped_words"), noteFields, body.toString());
    JsonNode hit = body.get("hits").get(0);
    for (String field : new String[] {"id", "url", "title", "date", "votes", "authors", "score", "title_html", "snippets"}) {
      assertTrue(hit.has(field), "hit lacks " + field + ": " + hit);
    }
    assertTrue(hit.get("snippets").toString().contains("<mark>"), hit.toString());
    assertFalse(hit.has("explain"), "a hit is explained only when asked: " + hit);
    JsonNode facets = body.get("facets");
    long monthTotal = 0;
    for (JsonNode bucket : facets.get("month")) {
      monthTotal += bucket.get("count").asLong();
    }
    assertEquals(body.get("total").asLong(), monthTotal);
    assertTrue(facets.has("year") && facets.has("day"));
    assertEquals(0, facets.get("day").size(), "days are counted for a month or less only: " + facets);
  }

  @Test
  void explainSaysWhatEachStageAddedToEachHit() throws Exception {
    JsonNode hits = get("/api/search?q=" + q("트랜스포머 \"diffusion model\"") + "&size=3&explain=true").body().get("hits");
    assertEquals(2, hits.size(), "the sample's papers with the phrase");
    for (JsonNode hit : hits) {
      List<String> stages = new ArrayList<>();
      double sum = 0;
      for (JsonNode part : hit.get("explain")) {
        List<String> fields = new ArrayList<>();
        part.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("stage", "score"), fields, part.toString());
        stages.add(part.get("stage").asText());
        sum += part.get("score").asDouble();
      }
      assertTrue(stages.contains("phrases"), hit.toString());
      assertTrue(Arrays.stream(Stage.values()).map(Stage::label).toList().containsAll(stages), hit.toString());
      assertEquals(hit.get("score").asDouble(), sum, 1e-4 * sum, hit.toString());
    }
    assertEquals(400, get("/api/search?q=x&explain=yes").status());
  }

  @Test
  void aQueryTypedInTheOtherKeyboardModeIsSearchedAsMeantAndSaysSo() throws Exception {
    JsonNode meant = get("/api/search?q=" + q("트랜스포머") + "&size=3").body();
    JsonNode typed = get("/api/search?q=xmfostmvhaj&size=3").body();
    assertEquals("xmfostmvhaj", typed.get("query").asText());
    assertEquals("트랜스포머", typed.get("correction").get("text").asText(), typed.toString());
    assertTrue(typed.get("correction").get("applied").asBoolean());
    assertEquals(meant.get("total"), typed.get("total"));
    assertEquals(meant.get("hits").findValuesAsText("id"), typed.get("hits").findValuesAsText("id"));
    assertFalse(meant.has("correction"), "a query searched as typed has no correction: " + meant);
    JsonNode literal = get("/api/search?q=xmfostmvhaj&as_typed=true").body();
    assertFalse(literal.has("correction"), literal.toString());
    assertEquals(0, literal.get("total").asInt(), "as typed, the keys are no word of any paper");
    assertEquals(400, get("/api/search?q=x&as_typed=1").status());
  }

  @Test
  void aSlipInALongerKoreanQueryIsOfferedAndTheHitsAreThoseOfTheQueryAsTyped() throws Exception {
    JsonNode typed = get("/api/search?q=" + q("확산 모댈 학습") + "&size=5").body();
    JsonNode correction = typed.get("correction");
    assertEquals("확산 모델 학습", correction.get("text").asText(), typed.toString());
    assertFalse(correction.get("applied").asBoolean());
    JsonNode literal = get("/api/search?q=" + q("확산 모댈 학습") + "&size=5&as_typed=true").body();
    assertEquals(literal.get("hits").findValuesAsText("id"), typed.get("hits").findValuesAsText("id"));
    assertFalse(literal.has("correction"), literal.toString());
  }

  @Test
  void dayFacetsComeWithAMonthOrLess() throws Exception {
    JsonNode days = get("/api/search?date=2024-09").body().get("facets").get("day");
    long total = 0;
    for (JsonNode bucket : days) {
      assertTrue(bucket.get("value").asText().startsWith("2024-09-"), days.toString());
      total += bucket.get("count").asLong();
    }
    assertEquals(5, total);
    assertEquals(0, get("/api/search?from=2024-09-01&to=2024-10-02").body().get("facets").get("day").size());
  }

  @Test
  void dateParameterFiltersAndFacetsAgree() throws Exception {
    JsonNode body = get("/api/search?date=2024-09").body();
    assertEquals(5, body.get("total").asInt());
    assertEquals("2024-09", body.get("facets").get("month").get(0).get("value").asText());
    assertEquals(5, body.get("facets").get("month").get(0).get("count").asInt());
    for (JsonNode hit : body.get("hits")) {
      assertTrue(hit.get("date").asText().startsWith("2024-09"));
    }
    assertEquals(2, get("/api/search?from=2025-01-01&to=2025-12-31&size=2").body().get("hits").size());
  }

  @Test
  void paperByIdAndUnknownId() throws Exception {
    Reply paper = get("/api/papers/2312.00752");
    assertEquals(200, paper.status());
    assertEquals("Albert Gu", paper.body().get("authors").get(0).asText());
    assertEquals("What's New", paper.body().get("sections").get(0).get("label").asText());
    Reply missing = get("/api/papers/9999.99999");
    assertEquals(404, missing.status());
    assertTrue(missing.body().get("error").get("message").asText().contains("9999.99999"));
  }

  @Test
  void relatedPapersAreOtherPapersAnsweredAsSearchHits() throws Exception {
    Reply related = get("/api/papers/2212.09748/related?size=3");
    assertEquals(200, related.status(), related.raw().body());
    assertEquals("2212.09748", related.body().get("id").asText());
    List<String> ids = new ArrayList<>();
    related.body().get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    assertEquals(3, ids.size(), ids::toString);
    assertFalse(ids.contains("2212.09748"), "never the paper itself");
    // DiT, a diffusion model with a transformer backbone, and DDPM, the diffusion model it builds on.
    assertTrue(ids.contains("2006.11239"), ids::toString);
    assertEquals(5, get("/api/papers/2212.09748/related").body().get("hits").size(), "five unless asked");
  }

  @Test
  void relatedPapersOfAnUnknownPaperAre404AndABadSizeIs400() throws Exception {
    Reply missing = get("/api/papers/9999.99999/related");
    assertEquals(404, missing.status());
    assertTrue(missing.body().get("error").get("message").asText().contains("9999.99999"));
    for (String size : List.of("0", "21", "x")) {
      Reply bad = get("/api/papers/2212.09748/related?size=" + size);
      assertEquals(400, bad.status(), size);
      assertTrue(bad.body().get("error").get("message").asText().startsWith("size:"), bad.raw().body());
    }
  }

  @Test
  void healthCountsPapers() throws Exception {
    Reply r = get("/health");
    assertEquals("ok", r.body().get("status").asText());
    assertEquals(index.count(), r.body().get("papers").asInt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "size=abc|size", "size=1000|size", "size=-1|size", "page=0|page", "page=x|page",
        "from=2024-13-01|from", "to=2024-02-30|to", "from=2024-10-02&to=2024-10-01|from",
        "sort=best|sort", "date=2024-1|date", "date=2024-13|date", "page=200&size=100|page",
        "date=2023&from=2024-01-01|date"
      })
  void badParametersAre400NamingTheParameter(String caseSpec) throws Exception {
    String[] parts = caseSpec.split("\\|");
    Reply r = get("/api/search?" + parts[0]);
    assertEquals(400, r.status(), r.raw().body());
    assertEquals(400, r.body().get("error").get("status").asInt());
    assertTrue(r.body().get("error").get("message").asText().startsWith(parts[1] + ":"), r.raw().body());
  }

  @Test
  void tooLongQueryIs400() throws Exception {
    Reply r = get("/api/search?q=" + "가".repeat(600));
    assertEquals(400, r.status());
    assertTrue(r.body().get("error").get("message").asText().startsWith("q:"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"", "(", "*", ":", "\\", "\u0001\u0008", "((((", "a:b^2~", "\"모델", "-", "OR", "💥", "\uD800"})
  void querySyntaxAndControlCharactersAreJustText(String text) throws Exception {
    Reply r = get("/api/search?q=" + q(text));
    assertEquals(200, r.status(), r.raw().body());
  }

  @Test
  void unknownRoutesAndMethodsAreJsonErrors() throws Exception {
    Reply notFound = get("/api/nothing");
    assertEquals(404, notFound.status());
    assertEquals(404, notFound.body().get("error").get("status").asInt());
    Reply wrongMethod = send("POST", "/api/search");
    assertEquals(405, wrongMethod.status());
    assertTrue(wrongMethod.body().get("error").get("message").asText().contains("POST"));
  }

  @Test
  void responsesCarryNoStackTrace() throws Exception {
    Reply r = get("/api/search?size=abc");
    assertFalse(r.raw().body().contains("Exception"), r.raw().body());
  }

  @Test
  void allowedOriginGetsCorsHeadersIncludingPreflight() throws Exception {
    Reply r = send("GET", "/api/search?q=LoRA", "Origin", ALLOWED_ORIGIN);
    assertEquals(200, r.status());
    assertEquals(ALLOWED_ORIGIN, r.raw().headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertEquals("Origin", r.raw().headers().firstValue("Vary").orElse(null));
    HttpResponse<String> preflight =
        raw("OPTIONS", "/api/search?q=x", "Origin", ALLOWED_ORIGIN, "Access-Control-Request-Method", "GET");
    assertEquals(204, preflight.statusCode());
    assertEquals(ALLOWED_ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
  }

  @Test
  void otherOriginIsRefusedWithoutCorsHeaders() throws Exception {
    Reply r = send("GET", "/api/search?q=LoRA", "Origin", "https://evil.example");
    assertEquals(403, r.status());
    assertTrue(r.body().get("error").get("message").asText().startsWith("Origin:"), r.raw().body());
    assertTrue(r.raw().headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.raw().headers().toString());
    HttpResponse<String> preflight =
        raw("OPTIONS", "/api/search", "Origin", "https://evil.example", "Access-Control-Request-Method", "GET");
    assertEquals(403, preflight.statusCode());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void sameOriginRequestWithAnOriginHeaderIsServed() throws Exception {
    assertEquals(200, send("GET", "/api/search?q=LoRA", "Origin", "http://localhost:" + app.port()).status());
  }

  @Test
  void pageIsServedWithContentSecurityPolicy() throws Exception {
    for (String path : new String[] {"/", "/paper/2312.00752"}) {
      HttpResponse<String> page = raw("GET", path);
      assertEquals(200, page.statusCode(), path);
      assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
      assertTrue(page.body().contains("<script type=\"module\" src=\"/app.js\">"), path);
      String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'self'"), path + ": " + csp);
    }
  }

  @Test
  void widgetScriptsLoadFromAnyOrigin() throws Exception {
    for (String path : new String[] {"/widget.js", "/search-core.js"}) {
      HttpResponse<String> script = raw("GET", path, "Origin", "https://evil.example");
      assertEquals(200, script.statusCode(), path);
      assertTrue(script.headers().firstValue("Content-Type").orElse("").contains("javascript"), path);
      assertEquals("*", script.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
    }
  }

  @Test
  void everyFileOfThePublicFolderIsServedAtItsNameAndRevalidated() throws Exception {
    Path folder = Path.of("papersearch-server/src/main/resources/public");
    List<String> files;
    try (var listing = java.nio.file.Files.list(folder)) {
      files = listing.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertEquals(files, WebPage.FILES.stream().sorted().toList(), "WebPage.FILES lists the folder");
    for (String name : files) {
      HttpResponse<byte[]> served = HTTP.send(fileRequest("GET", "/" + name).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, served.statusCode(), name);
      assertTrue(Arrays.equals(java.nio.file.Files.readAllBytes(folder.resolve(name)), served.body()), name);
      String etag = served.headers().firstValue("ETag").orElseThrow();
      HttpResponse<byte[]> again =
          HTTP.send(fileRequest("GET", "/" + name).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(304, again.statusCode(), name);
      assertEquals(0, again.body().length, name);
      HttpResponse<byte[]> head = HTTP.send(fileRequest("HEAD", "/" + name).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, head.statusCode(), name);
      assertEquals(0, head.body().length, name);
    }
    HttpResponse<String> other = raw("GET", "/app.js.map");
    assertEquals(404, other.statusCode());
  }

  private static HttpRequest.Builder fileRequest(String method, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).method(method, HttpRequest.BodyPublishers.noBody());
  }
}
