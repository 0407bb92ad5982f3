package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusFolder;
import dev.papersearch.index.Digests;
import dev.papersearch.index.Digests.Block;
import dev.papersearch.index.LiveIndexer;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics}: requests by route and status with histograms, and the index's numbers. */
class MetricsTest {

  @TempDir Path dir;
  private PaperIndex index;
  private LiveIndexer live;
  private Javalin app;
  private Http http;

  @BeforeEach
  void start() {
    index = TestIndexes.sampleIndex(dir.resolve("index"));
    live = new LiveIndexer(index, new CorpusFolder(dir.resolve("corpus")));
    Service service = new Service(() -> BackendStats.of(index.stats()), Optional.of(live), Readiness.ready());
    app = ApiServer.create(new LuceneSearcher(index), Settings.defaults().withPort(0), service).start();
    http = new Http(app.port());
  }

  @AfterEach
  void stop() throws IOException {
    app.stop();
    index.close();
  }

  private String metrics() {
    Http.Reply reply = http.get("/metrics");
    assertEquals(200, reply.status());
    assertTrue(reply.header("content-type").startsWith("text/plain; version=0.0.4"), reply.headers().toString());
    return reply.body();
  }

  private static double value(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
    assertTrue(m.find(), "no " + series + " in\n" + metrics);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void requestsAreCountedByRouteAndStatusWithLatencyBuckets() {
    for (int i = 0; i < 3; i++) {
      http.get("/api/search?q=transformer");
    }
    http.get("/api/papers/2312.00752");
    http.get("/api/papers/0000.00000");
    for (int i = 0; i < 5; i++) {
      http.get("/random/path/" + i + "/x" + i);
    }
    String metrics = metrics();
    assertEquals(3, value(metrics, "http_server_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"}"));
    assertEquals(1, value(metrics, "http_server_requests_seconds_count{method=\"GET\",route=\"/api/papers/{id}\",status=\"404\"}"));
    assertEquals(5, value(metrics, "http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"}"));
    assertEquals(3, value(metrics, "http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/search\",status=\"200\",le=\"+Inf\"}"));
    assertTrue(metrics.contains("le=\"0.1\""), "latency buckets");
    assertFalse(metrics.contains("/random/path"), "raw paths never become labels");
    assertTrue(metrics.contains("jvm_memory_used_bytes"), "the JVM's memory");
  }

  @Test
  void searchesCutToTheirBudgetAreCountedWithTheWordsLeftOut() {
    assertEquals(0, value(metrics(), "papersearch_search_budget_cut_total"));
    http.get("/api/search?q=transformer");
    List<String> syllables = IntStream.range(0, 256).mapToObj(i -> String.valueOf((char) (0xAC00 + i))).toList();
    JsonNode notes = http.get("/api/search?q=" + URLEncoder.encode(String.join(" ", syllables), StandardCharsets.UTF_8)).json().get("query_notes");
    String metrics = metrics();
    assertEquals(1, value(metrics, "papersearch_search_budget_cut_total"));
    assertEquals(notes.get("plain_words").size(), value(metrics, "papersearch_search_budget_words_total{as=\"plain\"}"));
    assertEquals(notes.get("dropped_words").size(), value(metrics, "papersearch_search_budget_words_total{as=\"dropped\"}"));
    assertTrue(notes.get("dropped_words").size() > 0, notes.toString());
  }

  @Test
  void theIndexNumbersFollowCommits() {
    String before = metrics();
    assertEquals(index.count(), value(before, "papersearch_index_papers"));
    assertEquals(1, value(before, "papersearch_index_writable"));
    assertTrue(value(before, "papersearch_index_size_bytes") > 0);
    double refreshes = value(before, "papersearch_searcher_refreshes_total");
    double lastCommit = value(before, "papersearch_index_last_commit_seconds");

    Digests.write(dir.resolve("corpus"), LocalDate.of(2025, 9, 1), Block.tagged("2509.00001", "metric"));
    live.applyDay(LocalDate.of(2025, 9, 1));
    String after = metrics();
    assertEquals(index.count(), value(after, "papersearch_index_papers"));
    assertEquals(refreshes + 1, value(after, "papersearch_searcher_refreshes_total"));
    assertTrue(value(after, "papersearch_index_last_commit_seconds") >= lastCommit);
  }

  /** What the folder's days last read found: problems by line, and days kept because unreadable. */
  @Test
  void theCorpusProblemsAreCounted() throws IOException {
    assertEquals(0, value(metrics(), "papersearch_corpus_problems"));
    LocalDate day = LocalDate.of(2025, 9, 2);
    Path file = Digests.write(dir.resolve("corpus"), day, Block.tagged("2509.00002", "a"), Block.tagged("2509.00003", "b"));
    Files.writeString(file, Files.readString(file).replace("Vote: 7", "Vote: many"));
    live.applyDay(day);
    String metrics = metrics();
    assertEquals(2, value(metrics, "papersearch_corpus_problems"));
    assertEquals(0, value(metrics, "papersearch_corpus_unreadable_days"));
  }
}
