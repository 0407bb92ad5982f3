package dev.papersearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.index.Digests.Block;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.LuceneSearcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying one day at a time: update by id, removal only when no day lists a paper, first day wins. */
class LiveIndexerTest {

  private static final LocalDate D1 = LocalDate.of(2025, 3, 3);
  private static final LocalDate D2 = LocalDate.of(2025, 3, 4);

  @TempDir Path corpus;
  @TempDir Path indexDir;
  private PaperIndex index;
  private LiveIndexer live;
  private LuceneSearcher searcher;

  @BeforeEach
  void open() {
    index = PaperIndex.open(indexDir);
    live = new LiveIndexer(index, new CorpusFolder(corpus));
    searcher = new LuceneSearcher(index);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private String title(String id) {
    return searcher.paper(id).map(Paper::title).orElse(null);
  }

  private SortedSet<LocalDate> days(String id) {
    try (StoredPapers stored = new StoredPapers(index)) {
      return stored.byId(id).map(StoredPapers.Listed::days).orElse(new TreeSet<>());
    }
  }

  @Test
  void aNewDayIsAddedAndAChangedDayReplacesItsPapersById() {
    Digests.write(corpus, D1, Block.tagged("2503.00001", "v1"), Block.tagged("2503.00002", "v1"));
    LiveIndexer.DayUpdate first = live.applyDay(D1);
    assertEquals(2, first.added());
    assertEquals(2, index.count());

    Digests.write(corpus, D1, Block.tagged("2503.00001", "v2"), Block.tagged("2503.00002", "v2"));
    LiveIndexer.DayUpdate second = live.applyDay(D1);
    assertEquals(0, second.added());
    assertEquals(2, index.count());
    assertEquals("Paper 2503.00001 v2", title("2503.00001"));
  }

  @Test
  void aPaperDroppedFromARewrittenDayLeavesOnlyWhenNoOtherDayListsIt() {
    Digests.write(corpus, D1, Block.tagged("2503.00001", "d1"), Block.tagged("2503.00002", "d1"));
    Digests.write(corpus, D2, Block.tagged("2503.00002", "d2"), Block.tagged("2503.00003", "d2"));
    live.applyDay(D1);
    live.applyDay(D2);
    assertEquals(3, index.count());

    Digests.write(corpus, D2, Block.tagged("2503.00003", "d2"));
    LiveIndexer.DayUpdate update = live.applyDay(D2);
    assertEquals(0, update.removed(), "2503.00002 is still listed on " + D1);
    assertEquals(new TreeSet<>(List.of(D1)), days("2503.00002"));

    Digests.write(corpus, D1, Block.tagged("2503.00001", "d1"));
    assertEquals(1, live.applyDay(D1).removed());
    assertEquals(Optional.empty(), searcher.paper("2503.00002"));
    assertEquals(2, index.count());
  }

  @Test
  void thePaperShowsItsFirstDayAndTheNextDayTakesOverWhenTheFirstDropsIt() {
    Digests.write(corpus, D2, Block.tagged("2503.00002", "later"));
    live.applyDay(D2);
    Digests.write(corpus, D1, Block.tagged("2503.00002", "first"));
    live.applyDay(D1);
    assertEquals("Paper 2503.00002 first", title("2503.00002"));
    assertEquals(D1, searcher.paper("2503.00002").orElseThrow().date());

    Digests.write(corpus, D2, Block.tagged("2503.00002", "later-edited"));
    live.applyDay(D2);
    assertEquals("Paper 2503.00002 first", title("2503.00002"), "a later day never changes the first day's copy");

    Digests.write(corpus, D1, Block.tagged("2503.00009", "other"));
    live.applyDay(D1);
    assertEquals("Paper 2503.00002 later-edited", title("2503.00002"));
    assertEquals(D2, searcher.paper("2503.00002").orElseThrow().date());
    assertEquals(new TreeSet<>(List.of(D2)), days("2503.00002"));
  }

  @Test
  void aDeletedFileRemovesItsDayAndAnUnchangedDayWritesNothing() throws IOException {
    Path file = Digests.write(corpus, D1, Block.tagged("2503.00001", "x"));
    live.applyDay(D1);
    long refreshes = index.stats().refreshes();
    assertFalse(live.applyDay(D1).changed());
    assertEquals(refreshes, index.stats().refreshes(), "nothing committed for an unchanged day");

    Files.delete(file);
    assertEquals(1, live.applyDay(D1).removed());
    assertEquals(0, index.count());
  }

  @Test
  void theNestedLayoutIsADayToo() {
    Digests.write(
        corpus.resolve("2025/03/04.md"), Digests.text(D2, Block.tagged("2503.00004", "nested")));
    assertEquals(1, live.applyDay(D2).added());
    assertEquals("Paper 2503.00004 nested", title("2503.00004"));
  }

  @Test
  void bulkIndexingAndDayUpdatesAgreeWithTheCorpusReader() {
    Digests.write(corpus, D1, Block.tagged("2503.00001", "d1"), Block.tagged("2503.00002", "d1"));
    Digests.write(corpus, D2, Block.tagged("2503.00002", "d2"));
    live.sync(() -> false, CorpusReader.QUIETLY);
    assertEquals(new TreeSet<>(List.of(D1, D2)), days("2503.00002"));
    assertEquals("Paper 2503.00002 d1", title("2503.00002"));

    // Indexing only the later day again keeps the first day's copy.
    new CorpusIndexer(index).index(corpus.resolve(D2 + ".md"), CorpusReader.QUIETLY);
    assertEquals("Paper 2503.00002 d1", title("2503.00002"));
    assertEquals(new TreeSet<>(List.of(D1, D2)), days("2503.00002"));

    Digests.write(corpus, D1, Block.tagged("2503.00001", "d1"));
    live.applyDay(D1);
    assertEquals("Paper 2503.00002 d2", title("2503.00002"));
  }

  @Test
  void syncAndRebuildBothDropPapersOfFilesThatAreGone() throws IOException {
    Digests.write(corpus, D1, Block.tagged("2503.00001", "d1"));
    Path later = Digests.write(corpus, D2, Block.tagged("2503.00002", "d2"));
    assertTrue(live.sync(() -> false, CorpusReader.QUIETLY).rebuilt().isPresent(), "a new index is built whole");
    Files.delete(later);
    LiveIndexer.Sync sync = live.sync(() -> false, CorpusReader.QUIETLY);
    assertEquals(List.of(D2), sync.updates().stream().map(LiveIndexer.DayUpdate::day).toList(), "only the day that differs");
    assertEquals(1, sync.updates().get(0).removed());
    assertEquals(1, index.count());
    Digests.write(corpus, D2, Block.tagged("2503.00002", "d2"));
    live.applyDay(D2);
    Files.delete(later);
    live.rebuild(CorpusReader.QUIETLY);
    assertEquals(1, index.count());
  }

  @Test
  void anUploadIsCheckedWholeThenStoredOverTheDaysFileAndIndexed() throws IOException {
    Path nested = Digests.write(corpus.resolve("2025/03/04.md"), Digests.text(D2, Block.tagged("2503.00004", "old")));
    live.sync(() -> false, CorpusReader.QUIETLY);

    LiveIndexer.Upload badName = live.upload("../2025-03-04.md", new byte[0]);
    assertInstanceOf(LiveIndexer.Upload.Rejected.class, badName);

    String broken = Digests.text(D2, Block.tagged("2503.00005", "new")) + "### [No link at all]\n\nVote: many\n";
    LiveIndexer.Upload rejected = live.upload("2025-03-04.md", broken.getBytes(StandardCharsets.UTF_8));
    LiveIndexer.Upload.Rejected r = assertInstanceOf(LiveIndexer.Upload.Rejected.class, rejected);
    assertEquals(1, r.problems().size(), r.toString());
    assertEquals(broken.lines().toList().indexOf("### [No link at all]") + 1, r.problems().get(0).where().line(), r.toString());
    assertTrue(Files.readString(nested).contains("old"), "a refused upload stores nothing");

    String wrongDay = Digests.text(D1, Block.tagged("2503.00005", "new"));
    assertInstanceOf(LiveIndexer.Upload.Rejected.class, live.upload("2025-03-04.md", wrongDay.getBytes(StandardCharsets.UTF_8)));

    String good = Digests.text(D2, Block.tagged("2503.00005", "new"));
    LiveIndexer.Upload.Stored stored =
        assertInstanceOf(LiveIndexer.Upload.Stored.class, live.upload("2025-03-04.md", good.getBytes(StandardCharsets.UTF_8)));
    assertEquals(nested, stored.file());
    assertEquals(1, stored.update().added());
    assertEquals(1, stored.update().removed());
    assertEquals(1, index.count());
    assertEquals("Paper 2503.00005 new", title("2503.00005"));
    try (var files = Files.list(nested.getParent())) {
      assertEquals(List.of(nested), files.toList(), "no temporary file is left behind");
    }
  }
}
