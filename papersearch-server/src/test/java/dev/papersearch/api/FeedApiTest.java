package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
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
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /feed.atom} over HTTP, read by ROME as feed readers read it: the entries of a search
 * newest first with their days, links and summaries, and the validators that let a reader poll
 * cheaply changing when a day adds a matching paper.
 */
class FeedApiTest {

  private static final LocalDate NEW_DAY = LocalDate.of(2025, 6, 2);

  @TempDir Path corpus;
  @TempDir Path indexDir;
  private PaperIndex index;
  private LiveIndexer live;
  private Javalin app;
  private Http http;

  @BeforeEach
  void start() {
    TestIndexes.copySample(corpus);
    index = PaperIndex.open(indexDir);
    live = new LiveIndexer(index, new CorpusFolder(corpus));
    live.sync(() -> false, CorpusReader.QUIETLY);
    Settings settings = Settings.load(null, Map.of(), Map.of("server.port", "0"));
    Service service = new Service(() -> BackendStats.of(index.stats()), Optional.of(live), Readiness.ready());
    app = ApiServer.create(new LuceneSearcher(index), settings, service).start();
    http = new Http(app.port());
  }

  @AfterEach
  void stop() throws IOException {
    app.stop();
    index.close();
  }

  private static SyndFeed parse(Http.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    assertEquals("application/atom+xml; charset=utf-8", reply.header("content-type"));
    try {
      SyndFeed feed = new SyndFeedInput().build(new StringReader(reply.body()));
      assertEquals("atom_1.0", feed.getFeedType());
      return feed;
    } catch (Exception e) {
      throw new AssertionError("not a feed ROME reads: " + reply.body(), e);
    }
  }

  private static Date dayOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  @Test
  void aSearchsFeedListsItsPapersNewestFirstWithTheirDaysLinksAndSummaries() {
    String q = URLEncoder.encode("transformer", StandardCharsets.UTF_8);
    SyndFeed feed = parse(http.get("/feed.atom?q=" + q));
    Http.Reply api = http.get("/api/search?sort=date&size=50&q=" + q);
    List<SyndEntry> entries = feed.getEntries();
    assertEquals(api.json().get("total").asInt(), entries.size(), "every matching paper of the sample, as the API's date order has them");
    assertTrue(entries.size() >= 2, "the sample has several transformer papers");
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      var hit = api.json().get("hits").get(i);
      assertEquals(hit.get("url").asText(), entry.getUri(), "the entry's id is the paper's arXiv page");
      assertEquals(hit.get("url").asText(), entry.getLink());
      assertEquals(hit.get("title").asText(), entry.getTitle());
      assertEquals(dayOf(LocalDate.parse(hit.get("date").asText())), entry.getUpdatedDate(), "updated is the paper's day");
      assertEquals(texts(hit.get("authors")), entry.getAuthors().stream().map(SyndPerson::getName).toList());
      JsonNode paper = http.get("/api/papers/" + hit.get("id").asText()).json();
      List<String> lines = texts(paper.get("bullets"));
      paper.get("sections").forEach(section -> lines.add(section.get("text").asText()));
      assertEquals(String.join("\n", lines), entry.getDescription().getValue(), "the summary as text, a bullet or section a line");
      assertEquals("text", entry.getDescription().getType());
      if (i > 0) {
        assertFalse(entry.getUpdatedDate().after(entries.get(i - 1).getUpdatedDate()), "newest first");
      }
    }
    assertEquals(entries.get(0).getUpdatedDate(), feed.getPublishedDate(), "the feed is as new as its newest paper");
    assertTrue(feed.getLinks().stream().anyMatch(l -> "self".equals(l.getRel()) && l.getHref().equals("http://localhost:" + app.port() + "/feed.atom?q=" + q)));
    assertTrue(
        feed.getLinks().stream().anyMatch(l -> "alternate".equals(l.getRel()) && l.getHref().equals("http://localhost:" + app.port() + "/?q=" + q + "&sort=date")),
        "the page showing the same papers, newest first");
    assertEquals(feed.getUri(), parse(http.get("/feed.atom?size=50&q=" + q)).getUri(), "one search, one feed id, however it is spelled");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void theValidatorsChangeWhenADayAddsAMatchingPaperAndAnswer304Until() throws InterruptedException {
    String path = "/feed.atom?q=" + URLEncoder.encode("업로드", StandardCharsets.UTF_8);
    Http.Reply before = http.get(path);
    assertTrue(parse(before).getEntries().isEmpty(), "nothing matches yet");
    String etag = before.header("etag");
    String modified = before.header("last-modified");
    assertTrue(etag.matches("W/\"[0-9a-f]{24}\""), etag);
    assertTrue(modified.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), "an IMF-fixdate: " + modified);
    assertEquals(304, http.get(path, "If-None-Match", etag).status());
    assertEquals(304, http.get(path, "If-Modified-Since", modified).status());
    assertEquals(200, http.get(path, "If-None-Match", "\"other\"").status());

    // HTTP dates count whole seconds: the day is added in a later second than the first commit.
    Thread.sleep(1100);
    Digests.write(corpus, NEW_DAY, Block.tagged("2506.00001", "업로드"));
    live.sync(() -> false, CorpusReader.QUIETLY);

    Http.Reply after = http.get(path, "If-None-Match", etag);
    assertEquals(200, after.status(), "the reader's ETag is stale once the day is added");
    assertNotEquals(etag, after.header("etag"));
    assertNotEquals(modified, after.header("last-modified"));
    SyndFeed feed = parse(after);
    assertEquals(List.of("https://arxiv.org/abs/2506.00001"), feed.getEntries().stream().map(SyndEntry::getUri).toList());
    assertEquals(dayOf(NEW_DAY), feed.getEntries().get(0).getUpdatedDate());
    assertEquals(304, http.get(path, "If-Modified-Since", after.header("last-modified")).status());
    assertEquals(200, http.get(path, "If-Modified-Since", modified).status());
  }

  @Test
  void aFeedHasAtMostFiftyEntriesAndIsAlwaysNewestFirst() {
    assertEquals(15, parse(http.get("/feed.atom")).getEntries().size(), "a blank search follows every paper");
    assertEquals(3, parse(http.get("/feed.atom?size=3")).getEntries().size());
    Http.Reply tooMany = http.get("/feed.atom?size=51");
    assertEquals(400, tooMany.status());
    assertTrue(tooMany.json().get("error").get("message").asText().startsWith("size: a feed has at most 50 entries"));
    Http.Reply byVotes = http.get("/feed.atom?sort=votes");
    assertEquals(400, byVotes.status());
    assertTrue(byVotes.json().get("error").get("message").asText().startsWith("sort: a feed is always newest first"));
    assertEquals(200, http.get("/feed.atom?sort=date").status());
    assertEquals(400, http.get("/feed.atom?date=2025-13").status(), "the parameters are checked as /api/search checks them");
    assertEquals(15, parse(http.get("/feed.atom?size=")).getEntries().size(), "a blank size is no size");
    Http.Reply deep = http.get("/feed.atom?page=201");
    assertEquals(400, deep.status(), "201 pages of 50 go past search.max-depth");
    assertTrue(deep.json().get("error").get("message").asText().startsWith("page: page × size may be at most 10000"), deep.body());
    Http.Reply badEscape = http.raw("/feed.atom?q=transformer%zz".getBytes(StandardCharsets.US_ASCII));
    assertEquals(400, badEscape.status(), "a parameter that does not decode is refused, not dropped");
    assertTrue(badEscape.json().get("error").get("message").asText().startsWith("q:"), badEscape.body());
  }

  @Test
  void titlesAndSummariesWithMarkupAreTextInTheFeed() {
    Digests.write(corpus, NEW_DAY, new Block("2506.00003", "Tom & Jerry <b>bold</b> \"quoted\" 업로드", "요약 & 설명 <script>x</script> 업로드 실험."));
    live.sync(() -> false, CorpusReader.QUIETLY);
    SyndEntry entry = parse(http.get("/feed.atom?q=" + URLEncoder.encode("업로드", StandardCharsets.UTF_8))).getEntries().get(0);
    assertEquals("Tom & Jerry <b>bold</b> \"quoted\" 업로드", entry.getTitle());
    assertEquals("요약 & 설명 <script>x</script> 업로드 실험.", entry.getDescription().getValue());
    assertEquals("ab\tc😀", AtomFeed.xmlSafe("a\u0001b\tc\uD800😀"), "characters XML 1.0 forbids are left out");
  }
}
