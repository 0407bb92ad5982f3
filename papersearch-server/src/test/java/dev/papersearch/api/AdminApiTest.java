package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusFolder;
import dev.papersearch.index.Digests;
import dev.papersearch.index.Digests.Block;
import dev.papersearch.index.LiveIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.TestIndexes;
import dev.papersearch.support.Http;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin routes over HTTP: the token, uploads checked line by line, reindex, body limits, /ready. */
class AdminApiTest {

  private static final String TOKEN = "s3cret-token-for-tests-0123";
  private static final String AUTH = "Bearer " + TOKEN;
  private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

  @TempDir Path corpus;
  @TempDir Path indexDir;
  private PaperIndex index;
  private Javalin app;

  @BeforeEach
  void copySample() {
    TestIndexes.copySample(corpus);
    index = PaperIndex.open(indexDir);
  }

  @AfterEach
  void stop() throws IOException {
    if (app != null) {
      app.stop();
    }
    index.close();
  }

  private Http start(Map<String, String> flags, boolean withCorpus, Readiness readiness) {
    Map<String, String> all = new HashMap<>(flags);
    all.put("server.port", "0");
    LiveIndexer live = withCorpus ? new LiveIndexer(index, new CorpusFolder(corpus)) : null;
    if (live != null) {
      live.sync(() -> false, CorpusReader.QUIETLY);
    }
    Settings settings = Settings.load(null, Map.of(), all);
    Service service = new Service(() -> BackendStats.of(index.stats()), Optional.ofNullable(live), readiness);
    app = ApiServer.create(new LuceneSearcher(index), settings, service).start();
    return new Http(app.port());
  }

  private Http startWithToken() {
    return start(Map.of("admin.token", TOKEN), true, Readiness.ready());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void withoutATokenTheAdminRoutesDoNotExist() {
    Http http = start(Map.of(), true, Readiness.ready());
    Http.Reply reply = http.post("/api/admin/reindex", new byte[0], "Authorization", AUTH);
    assertEquals(404, reply.status());
    assertTrue(reply.isJson());
    assertEquals(404, http.post("/api/admin/digests?name=2025-06-02.md", new byte[0]).status());
  }

  @Test
  void aMissingOrWrongTokenIs401() {
    Http http = startWithToken();
    for (String[] headers :
        new String[][] {{}, {"Authorization", "Bearer wrong"}, {"Authorization", TOKEN}, {"Authorization", "Basic " + TOKEN},
            {"Authorization", AUTH + "x"}}) {
      Http.Reply reply = http.post("/api/admin/reindex", new byte[0], headers);
      assertEquals(401, reply.status(), Arrays.toString(headers));
      assertTrue(reply.header("www-authenticate").startsWith("Bearer"), reply.headers().toString());
      assertEquals(401, reply.json().get("error").get("status").asInt());
    }
  }

  @Test
  void anUploadedDigestIsSearchableWhenTheAnswerComes() {
    Http http = startWithToken();
    String digest = Digests.text(DAY, Block.tagged("2506.00001", "업로드"), Block.tagged("2506.00002", "업로드"));
    Http.Reply reply = http.post("/api/admin/digests?name=" + DAY + ".md", utf8(digest), "Authorization", AUTH);
    assertEquals(201, reply.status(), reply.body());
    assertEquals(2, reply.json().get("added").asInt());
    assertEquals(DAY + ".md", reply.json().get("file").asText());
    assertTrue(Files.exists(corpus.resolve(DAY + ".md")));
    assertEquals(200, http.get("/api/papers/2506.00001").status());
    assertEquals(2, http.get("/api/search?date=" + DAY).json().get("total").asInt());
  }

  @Test
  void aBrokenUploadIsRefusedWithTheLinesAtFault() {
    Http http = startWithToken();
    String digest = Digests.text(DAY, Block.tagged("2506.00001", "ok")) + "### [No link]\n\nVote: lots\n";
    Http.Reply reply = http.post("/api/admin/digests?name=" + DAY + ".md", utf8(digest), "Authorization", AUTH);
    assertEquals(422, reply.status(), reply.body());
    JsonNode problem = reply.json().get("error").get("problems").get(0);
    int line = digest.lines().toList().indexOf("### [No link]") + 1;
    assertEquals(line, problem.get("line").asInt());
    assertEquals(DAY + ".md:" + line, problem.get("where").asText());
    assertNotNull(problem.get("message").asText());
    assertEquals(404, http.get("/api/papers/2506.00001").status(), "nothing of a refused upload is indexed");

    byte[] notUtf8 = {'#', '#', ' ', '\n', (byte) 0xC3, (byte) 0x28};
    Http.Reply binary = http.post("/api/admin/digests?name=" + DAY + ".md", notUtf8, "Authorization", AUTH);
    assertEquals(422, binary.status());
    assertEquals(2, binary.json().get("error").get("problems").get(0).get("line").asInt());

    assertEquals(400, http.post("/api/admin/digests?name=../../etc/passwd", utf8(digest), "Authorization", AUTH).status());
    assertEquals(400, http.post("/api/admin/digests", utf8(digest), "Authorization", AUTH).status());
  }

  /**
   * The rules the watcher follows hold for an upload too: an id is read whole (never cut into
   * another paper's), and the name is the day, so a heading that says another day is refused.
   */
  @Test
  void uploadsFollowTheFoldersRulesForIdsAndDays() {
    Http http = startWithToken();
    for (String url : List.of("https://arxiv.org/abs/2506.123456", "https://arxiv.org/abs/2506.12345x")) {
      String digest = "## Daily Papers (" + DAY + ")\n\n### [A Paper](" + url + ")\n\n- 요약.\n";
      Http.Reply reply = http.post("/api/admin/digests?name=" + DAY + ".md", utf8(digest), "Authorization", AUTH);
      assertEquals(422, reply.status(), reply.body());
      JsonNode problem = reply.json().get("error").get("problems").get(0);
      assertEquals(3, problem.get("line").asInt());
      assertTrue(problem.get("message").asText().contains("is not an arXiv id"), problem.toString());
    }
    assertEquals(404, http.get("/api/papers/2506.12345").status(), "no id was cut to fit");

    String otherDay = Digests.text(DAY.plusDays(1), Block.tagged("2506.00009", "moved"));
    Http.Reply moved = http.post("/api/admin/digests?name=" + DAY + ".md", utf8(otherDay), "Authorization", AUTH);
    assertEquals(422, moved.status(), moved.body());
    JsonNode problem = moved.json().get("error").get("problems").get(0);
    assertEquals(1, problem.get("line").asInt());
    assertEquals(
        "the heading says " + DAY.plusDays(1) + " but the file is named for " + DAY + "; its papers are dated " + DAY,
        problem.get("message").asText());
  }

  @Test
  void reindexRebuildsFromTheCorpusFolder() throws IOException {
    Http http = startWithToken();
    Files.delete(corpus.resolve("2025-02-04.md"));
    Http.Reply reply = http.post("/api/admin/reindex", new byte[0], "Authorization", AUTH);
    assertEquals(200, reply.status(), reply.body());
    assertEquals(10, reply.json().get("papers").asInt());
    assertEquals(2, reply.json().get("files").asInt());
    assertEquals(10, http.get("/health").json().get("papers").asInt());
  }

  @Test
  void onlyARealPostReindexesWhateverTheMethodOverrideHeaderSays() throws IOException {
    Http http = startWithToken();
    int before = http.get("/health").json().get("papers").asInt();
    Files.delete(corpus.resolve("2025-02-04.md"));
    for (String method : new String[] {"GET", "HEAD", "PUT"}) {
      Http.Reply reply =
          http.send(method, "/api/admin/reindex", method.equals("PUT") ? new byte[0] : null, "Authorization", AUTH,
              "X-HTTP-Method-Override", "POST");
      assertEquals(405, reply.status(), method + ": " + reply.body());
      assertEquals(before, http.get("/health").json().get("papers").asInt(), method + " with the override reindexed");
    }
  }

  @Test
  void aNameThatDoesNotDecodeIs400AndNothingIsStored() {
    Http http = startWithToken();
    String digest = Digests.text(DAY, Block.tagged("2506.00001", "업로드"));
    for (String escape : new String[] {"%zz", "%ff", "&name=%"}) {
      String target = "/api/admin/digests?name=" + DAY + ".md" + escape;
      Http.Reply reply = http.raw("POST", target.getBytes(StandardCharsets.US_ASCII), utf8(digest), "Authorization", AUTH);
      assertEquals(400, reply.status(), target + ": " + reply.body());
      String message = reply.json().get("error").get("message").asText();
      assertTrue(message.startsWith("name: ") && message.contains(escape.replace("&name=", "")), message);
      assertEquals(404, http.get("/api/papers/2506.00001").status(), target + " stored the digest");
    }
  }

  @Test
  void withATokenButNoCorpusTheRoutesSaySo() {
    Http http = start(Map.of("admin.token", TOKEN), false, Readiness.ready());
    Http.Reply reply = http.post("/api/admin/reindex", new byte[0], "Authorization", AUTH);
    assertEquals(409, reply.status());
    assertTrue(reply.json().get("error").get("message").asText().contains("corpus.dir"));
  }

  @Test
  void bodiesOverTheLimitAre413WhetherAnnouncedOrNot() {
    Http http = start(Map.of("admin.token", TOKEN, "server.max-body-bytes", "4096"), true, Readiness.ready());
    byte[] big = new byte[5000];
    Arrays.fill(big, (byte) 'a');
    Http.Reply announced = http.post("/api/admin/digests?name=" + DAY + ".md", big, "Authorization", AUTH);
    assertEquals(413, announced.status());
    assertTrue(announced.json().get("error").get("message").asText().contains("4096"));

    Http.Reply streamed = http.postChunked("/api/admin/digests?name=" + DAY + ".md", big, "Authorization", AUTH);
    assertEquals(413, streamed.status());
    assertTrue(streamed.json().get("error").get("message").asText().contains("4096"), streamed.body());
  }

  @Test
  void readyIs503UntilTheIndexIsLoadedAndWhileStopping() {
    Readiness readiness = Readiness.notYet("loading the index");
    Http http = start(Map.of(), false, readiness);
    Http.Reply starting = http.get("/ready");
    assertEquals(503, starting.status());
    assertEquals("loading the index", starting.json().get("reason").asText());
    assertEquals(200, http.get("/health").status(), "alive while not ready");

    readiness.markReady();
    Http.Reply ready = http.get("/ready");
    assertEquals(200, ready.status());
    assertEquals(index.count(), ready.json().get("papers").asInt());
    assertTrue(ready.json().get("writable").asBoolean());

    readiness.markStopping();
    readiness.markReady();
    assertEquals(503, http.get("/ready").status(), "a stopping server never becomes ready again");
  }

  @Test
  void aSearchBeforeTheFirstPaperIsIndexedIs503NotAnEmptyAnswer() {
    Readiness readiness = Readiness.notYet("loading the index");
    Http http = start(Map.of(), false, readiness);
    Http.Reply early = http.get("/api/search?q=diffusion");
    assertEquals(503, early.status(), early.body());
    assertEquals("1", early.header("Retry-After"));
    assertTrue(early.json().get("error").get("message").asText().contains("loading the index"), early.body());
    assertEquals(400, http.get("/api/search?q=diffusion&size=abc").status(), "bad input is still named first");

    readiness.markReady();
    assertEquals(200, http.get("/api/search?q=diffusion").status());
  }

  @Test
  void papersAlreadyIndexedStaySearchableWhileMoreAreLoaded() {
    Http http = start(Map.of(), true, Readiness.notYet("indexing the corpus"));
    Http.Reply reply = http.get("/api/search?q=diffusion");
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.json().get("total").asLong() > 0, reply.body());
  }
}
