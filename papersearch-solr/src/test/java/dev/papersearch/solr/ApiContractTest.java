package dev.papersearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.papersearch.support.OpenApiContract;
import dev.papersearch.support.RealCorpus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --backend solr} keeps the API's contract: the real server (papersearch.jar, in a child
 * JVM) over the SolrCloud collection and over an embedded index of the same corpus give the same
 * status and JSON for searches (ids, totals, facets, fields, corrections of what was typed;
 * highlighting marks the same hits), for suggestions, for papers, for bad requests, and the same
 * feeds; and every answer of either is valid against the {@code /openapi.json} the server serves
 * ({@link OpenApiContract}).
 */
class ApiContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Percent-encoded where needed; the page and widget send requests like these. */
  private static final List<String> SEARCHES =
      List.of(
          "/api/search?q=%EC%96%B4%ED%85%90%EC%85%98",
          "/api/search?q=diffusion%20transformer&page=2&size=5",
          "/api/search?q=&from=2024-01-01&to=2024-03-31&sort=votes",
          "/api/search?q=%22language%20model%22%20-vision&sort=date",
          "/api/search?q=qwen2%20vl",
          "/api/search?q=zzzzqqq",
          "/api/search?q=xmfostmvhaj",
          "/api/search?q=transfromer%20%22language%20model%22",
          "/api/search?q=%ED%99%95%EC%82%B0%20%EB%AA%AF",
          "/api/search?q=xmfostmvhaj&as_typed=true");

  /** What the page asks while a query is typed: 트랜스, ㅌㄹㅅ, diff, xmfos. */
  private static final List<String> SUGGESTIONS =
      List.of(
          "/api/suggest?q=%ED%8A%B8%EB%9E%9C%EC%8A%A4",
          "/api/suggest?q=%E3%85%8C%E3%84%B9%E3%85%85&size=3",
          "/api/suggest?q=diff",
          "/api/suggest?q=xmfos");

  private static final List<String> OTHERS =
      List.of(
          "/api/papers/2311.10642",
          "/api/papers/0000.00000",
          "/api/search?q=x&from=2024-13-01",
          "/api/search?q=x&from=2024-05-01&to=2024-01-01",
          "/api/search?q=x&page=0",
          "/api/search?q=x&size=100000",
          "/api/search?q=x&sort=random",
          "/health");

  /** Feeds, the same papers in the same order on both backends. */
  private static final List<String> FEEDS =
      List.of("/feed.atom?q=%ED%99%95%EC%82%B0%20%EB%AA%A8%EB%8D%B8&size=20", "/feed.atom?date=2024-03", "/feed.atom?q=lora&from=2024-06-01");

  /** Related papers, the same papers in the same order on both backends; an unknown id 404 on both. */
  private static final List<String> RELATED =
      List.of("/api/papers/2312.00752/related", "/api/papers/2311.10642/related?size=3", "/api/papers/0000.00000/related");

  private static OpenApiContract contract;

  @Test
  void theSolrBackendAnswersAsTheEmbeddedOne(@TempDir Path dir) throws Exception {
    SharedCluster solr = SharedCluster.get();
    Path index = dir.resolve("index");
    Process indexing =
        new ProcessBuilder(
                "java", "-Xmx512m", "-jar", ApiServerProcess.JAR.toString(), "index",
                "--corpus", RealCorpus.days().toString(), "--index", index.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(indexing.waitFor(180, TimeUnit.SECONDS), "indexing the embedded index took too long");
    assertEquals(0, indexing.exitValue(), "papersearch index");
    try (ApiServerProcess embedded = ApiServerProcess.start(ApiServerProcess.JAR, List.of("--index", index.toString()));
        ApiServerProcess cloud =
            ApiServerProcess.start(
                ApiServerProcess.JAR,
                List.of("--backend", "solr", "--solr-url", solr.cluster.urlList(), "--collection", SharedCluster.COLLECTION))) {
      contract = OpenApiContract.of(get(embedded, "/openapi.json").body());
      for (String path : SEARCHES) {
        HttpResponse<String> a = get(embedded, path);
        HttpResponse<String> b = get(cloud, path);
        assertEquals(200, a.statusCode(), path);
        assertEquals(200, b.statusCode(), path + ": " + b.body());
        JsonNode ja = JSON.readTree(a.body());
        JsonNode jb = JSON.readTree(b.body());
        assertSameHighlighting(path, ja, jb);
        if (path.endsWith("q=xmfostmvhaj")) {
          assertEquals("트랜스포머", ja.path("correction").path("text").asText(), path + ": " + a.body());
        }
        assertEquals(withoutTimingsAndMarks(ja), withoutTimingsAndMarks(jb), path);
      }
      for (String path : SUGGESTIONS) {
        HttpResponse<String> a = get(embedded, path);
        HttpResponse<String> b = get(cloud, path);
        assertEquals(200, a.statusCode(), path);
        assertEquals(200, b.statusCode(), path + ": " + b.body());
        ObjectNode ja = (ObjectNode) JSON.readTree(a.body());
        ObjectNode jb = (ObjectNode) JSON.readTree(b.body());
        ja.remove("took_ms");
        jb.remove("took_ms");
        assertFalse(ja.path("suggestions").isEmpty(), path + ": " + a.body());
        assertEquals(ja, jb, path);
      }
      for (String path : OTHERS) {
        HttpResponse<String> a = get(embedded, path);
        HttpResponse<String> b = get(cloud, path);
        assertEquals(a.statusCode(), b.statusCode(), path);
        assertEquals(JSON.readTree(a.body()), JSON.readTree(b.body()), path);
      }
      for (String path : RELATED) {
        HttpResponse<String> a = get(embedded, path);
        HttpResponse<String> b = get(cloud, path);
        assertEquals(a.statusCode(), b.statusCode(), path + ": " + b.body());
        JsonNode ja = JSON.readTree(a.body());
        JsonNode jb = JSON.readTree(b.body());
        if (a.statusCode() == 200) {
          assertFalse(ja.get("hits").isEmpty(), path + ": " + a.body());
          assertSameHighlighting(path, ja, jb);
          assertEquals(withoutTimingsAndMarks(ja), withoutTimingsAndMarks(jb), path);
        } else {
          assertEquals(404, a.statusCode(), path);
          assertEquals(ja, jb, path);
        }
      }
      for (String path : FEEDS) {
        HttpResponse<String> a = get(embedded, path);
        HttpResponse<String> b = get(cloud, path);
        assertEquals(200, a.statusCode(), path);
        assertEquals(200, b.statusCode(), path + ": " + b.body());
        assertTrue(a.body().contains("<entry>"), path + ": " + a.body());
        assertEquals(a.body().replace(embedded.baseUrl(), ""), b.body().replace(cloud.baseUrl(), ""), path);
      }
      assertEachBackendsStats(embedded, cloud);
    }
  }

  /**
   * {@code /ready} and {@code /metrics} show each backend's own stats: the same papers, readiness and
   * writability on both; the index's size, last commit and refreshes for the embedded index only,
   * where the collection's are unknown (NaN; a last commit of 0, never).
   */
  private static void assertEachBackendsStats(ApiServerProcess embedded, ApiServerProcess cloud) throws Exception {
    HttpResponse<String> ready = get(embedded, "/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals(JSON.readTree(ready.body()), JSON.readTree(get(cloud, "/ready").body()));
    assertEquals("ready", JSON.readTree(ready.body()).get("status").asText());

    String a = get(embedded, "/metrics").body();
    String b = get(cloud, "/metrics").body();
    assertEquals(JSON.readTree(ready.body()).get("papers").asDouble(), metric(a, "papersearch_index_papers"));
    assertEquals(metric(a, "papersearch_index_papers"), metric(b, "papersearch_index_papers"));
    assertEquals(1, metric(a, "papersearch_index_writable"));
    assertEquals(1, metric(b, "papersearch_index_writable"));
    assertTrue(metric(a, "papersearch_index_size_bytes") > 0, a);
    assertTrue(Double.isNaN(metric(b, "papersearch_index_size_bytes")), b);
    assertTrue(metric(a, "papersearch_index_last_commit_seconds") > 0, a);
    assertEquals(0, metric(b, "papersearch_index_last_commit_seconds"));
    assertTrue(metric(a, "papersearch_searcher_refreshes_total") >= 0, a);
    assertTrue(Double.isNaN(metric(b, "papersearch_searcher_refreshes_total")), b);
  }

  /** The value of a series without labels in Prometheus text. */
  private static double metric(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
    assertTrue(m.find(), "no " + series + " in\n" + metrics);
    return Double.parseDouble(m.group(1));
  }

  /** The answer to GET {@code path}, checked against /openapi.json once the document is read. */
  private static HttpResponse<String> get(ApiServerProcess server, String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    if (contract != null) {
      contract.check("GET", path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    }
    return response;
  }

  /** Both mark a match in the same hits' titles and summaries (the passages themselves may be cut differently). */
  private static void assertSameHighlighting(String path, JsonNode a, JsonNode b) {
    for (int i = 0; i < a.get("hits").size(); i++) {
      JsonNode ha = a.get("hits").get(i);
      JsonNode hb = b.get("hits").get(i);
      assertEquals(ha.get("title_html").asText().contains("<mark>"), hb.get("title_html").asText().contains("<mark>"), path + " title of " + ha.get("id"));
      assertEquals(ha.get("snippets").toString().contains("<mark>"), hb.get("snippets").toString().contains("<mark>"), path + " snippets of " + ha.get("id"));
      assertFalse(hb.get("title_html").asText().isEmpty(), path);
    }
  }

  /** The answer without what legitimately differs: time taken, float scores, highlighted HTML. */
  private static JsonNode withoutTimingsAndMarks(JsonNode response) {
    ObjectNode copy = response.deepCopy();
    copy.remove("took_ms");
    for (JsonNode hit : copy.get("hits")) {
      ((ObjectNode) hit).remove(List.of("score", "title_html", "snippets"));
    }
    return copy;
  }
}
