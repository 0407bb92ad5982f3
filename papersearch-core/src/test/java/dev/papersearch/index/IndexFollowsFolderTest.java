package dev.papersearch.index;

import static dev.papersearch.index.IndexListing.assertIndexEqualsFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.papersearch.index.Digests.Block;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.ParseResult;
import dev.papersearch.search.LuceneSearcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The index equals its corpus folder after every kind of change to the folder, whether the change
 * comes while the watcher runs or while the server is stopped (then the next start compares the
 * folder with the day fingerprints committed with the index and applies only the days that differ).
 */
class IndexFollowsFolderTest {

  private static final LocalDate D1 = LocalDate.of(2025, 4, 1);
  private static final LocalDate D2 = LocalDate.of(2025, 4, 2);
  private static final LocalDate D3 = LocalDate.of(2025, 4, 3);
  private static final LocalDate D4 = LocalDate.of(2025, 4, 4);
  private static final LocalDate D5 = LocalDate.of(2025, 4, 8);

  /** One change to the folder and the days it should make the index apply again. */
  enum Change {
    NEW_DAY(Set.of(D4), corpus -> Digests.write(corpus, D4, Block.tagged("2504.00401", "new"), Block.tagged("2504.00402", "new"))),
    NEW_NESTED_DAY(
        Set.of(D4),
        corpus -> Digests.write(corpus.resolve("2025/04/04.md"), Digests.text(D4, Block.tagged("2504.00401", "nested")))),
    CHANGED_DAY(
        Set.of(D2),
        corpus -> Digests.write(corpus, D2, Block.tagged("2504.00201", "edited"), Block.tagged("2504.00204", "added"))),
    DELETED_DAY(Set.of(D3), corpus -> delete(corpus.resolve(D3 + ".md"))),
    /** The file's name is the day; its heading still says the old day, which is reported. */
    RENAMED_DAY(Set.of(D1, D5), corpus -> move(corpus.resolve(D1 + ".md"), corpus.resolve(D5 + ".md"))),
    /** One byte that is not UTF-8 in the middle of a summary: the day keeps all its papers. */
    DAMAGED_DAY(Set.of(D2), corpus -> insertByteAfter(corpus.resolve(D2 + ".md"), "실", (byte) 0xff)),
    /** A block whose vote line broke: the index keeps the copy it had of that paper. */
    BROKEN_BLOCK(Set.of(D2), corpus -> replaceAll(corpus.resolve(D2 + ".md"), "Vote: 7", "Vote: many"));

    final Set<LocalDate> days;
    final Consumer<Path> apply;

    Change(Set<LocalDate> days, Consumer<Path> apply) {
      this.days = days;
      this.apply = apply;
    }
  }

  @TempDir Path corpus;
  @TempDir Path indexDir;
  private PaperIndex index;
  private LiveIndexer live;

  @BeforeEach
  void buildFromTheFolder() {
    Digests.write(corpus, D1, Block.tagged("2504.00101", "d1"), Block.tagged("2504.00102", "d1"));
    Digests.write(
        corpus, D2, Block.tagged("2504.00201", "d2"), Block.tagged("2504.00202", "d2"), Block.tagged("2504.00203", "d2"));
    // 2504.00102 again: a paper listed on two days.
    Digests.write(corpus, D3, Block.tagged("2504.00301", "d3"), Block.tagged("2504.00102", "d3"));
    open();
    assertTrue(live.sync(() -> false, CorpusReader.QUIETLY).rebuilt().isPresent());
    assertIndexEqualsFolder(IndexListing.ofFolder(corpus), IndexListing.ofIndex(index));
  }

  private void open() {
    index = PaperIndex.open(indexDir);
    live = new LiveIndexer(index, new CorpusFolder(corpus));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @EnumSource(Change.class)
  void whileTheWatcherRuns(Change change) {
    try (CorpusWatcher watcher = new CorpusWatcher(live, Duration.ofMillis(50), Duration.ofMillis(200))) {
      watcher.start();
      change.apply.accept(corpus);
      // Applied means the index committed the changed days as the folder has them now.
      CorpusFolder folder = new CorpusFolder(corpus);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!change.days.stream().allMatch(day -> committedAsInFolder(folder, day)) && System.nanoTime() < deadline) {
        sleep();
      }
      assertTrue(change.days.stream().allMatch(day -> committedAsInFolder(folder, day)), "the watcher applied " + change.days);
      assertIndexEqualsFolder(IndexListing.ofFolder(corpus), IndexListing.ofIndex(index));
    }
  }

  @ParameterizedTest
  @EnumSource(Change.class)
  void whileTheServerIsStoppedThenRestarted(Change change) throws IOException {
    index.close();
    change.apply.accept(corpus);
    open();
    LiveIndexer.Sync sync = live.sync(() -> false, CorpusReader.QUIETLY);
    assertEquals(new TreeSet<>(change.days), new TreeSet<>(sync.updates().stream().map(LiveIndexer.DayUpdate::day).toList()), "only the days that changed are applied");
    assertIndexEqualsFolder(IndexListing.ofFolder(corpus), IndexListing.ofIndex(index));
    index.close();
    open();
    assertEquals(List.of(), live.sync(() -> false, CorpusReader.QUIETLY).updates(), "a second start has nothing to do");
    assertIndexEqualsFolder(IndexListing.ofFolder(corpus), IndexListing.ofIndex(indexDir));
  }

  @Test
  void aRestartWithNothingChangedCommitsNothing() throws IOException {
    index.close();
    open();
    long refreshes = index.stats().refreshes();
    LiveIndexer.Sync sync = live.sync(() -> false, CorpusReader.QUIETLY);
    assertEquals(3, sync.days());
    assertEquals(List.of(), sync.updates());
    assertEquals(refreshes, index.stats().refreshes(), "no commit");
  }

  @Test
  void aDamagedDayIsReportedByLineAndCounted() throws IOException {
    index.close();
    Change.DAMAGED_DAY.apply.accept(corpus);
    open();
    LiveIndexer.Sync sync = live.sync(() -> false, CorpusReader.QUIETLY);
    ParseResult.Problem problem = sync.problems().get(0);
    assertEquals(List.of(corpus.resolve(D2 + ".md")), sync.problems().stream().map(p -> p.where().file()).toList());
    assertEquals(ParseResult.Problem.Cost.NONE, problem.cost());
    String text = Files.readString(corpus.resolve(D2 + ".md"), StandardCharsets.ISO_8859_1);
    assertEquals(text.substring(0, text.indexOf('\u00ff')).split("\n", -1).length, problem.where().line());
    assertEquals(new LiveIndexer.Health(1, List.of()), live.health());
  }

  @Test
  void aBrokenBlockKeepsTheIndexedCopyAndIsReported() throws IOException {
    index.close();
    Change.BROKEN_BLOCK.apply.accept(corpus);
    open();
    LiveIndexer.DayUpdate update = live.sync(() -> false, CorpusReader.QUIETLY).updates().get(0);
    assertEquals(3, update.problems().size(), "each of the day's blocks has the broken vote");
    assertEquals(0, update.removed());
    assertEquals("Paper 2504.00202 d2", new LuceneSearcher(index).paper("2504.00202").orElseThrow().title());
  }

  /** A file that cannot be read (here a link to a file that fails every read) keeps its day as it was. */
  @Test
  void anUnreadableDayKeepsItsPapersAndIsTriedAgain() throws IOException {
    Path failing = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(failing), "needs Linux's /proc/self/mem, a file whose reads fail");
    IndexListing before = IndexListing.ofIndex(index);
    index.close();
    Files.delete(corpus.resolve(D2 + ".md"));
    Files.createSymbolicLink(corpus.resolve(D2 + ".md"), failing);
    open();
    LiveIndexer.Sync sync = live.sync(() -> false, CorpusReader.QUIETLY);
    assertEquals(List.of(LiveIndexer.Outcome.UNREADABLE), sync.updates().stream().map(LiveIndexer.DayUpdate::outcome).toList());
    assertEquals(ParseResult.Problem.Cost.FILE, sync.problems().get(0).cost());
    assertEquals(before, IndexListing.ofIndex(index), "the day keeps its papers");
    assertEquals(List.of(D2), live.health().unreadableDays());

    Files.delete(corpus.resolve(D2 + ".md"));
    Digests.write(corpus, D2, Block.tagged("2504.00201", "back"));
    assertEquals(LiveIndexer.Outcome.APPLIED, live.applyDay(D2).outcome());
    assertEquals(List.of(), live.health().unreadableDays());
    assertIndexEqualsFolder(IndexListing.ofFolder(corpus), IndexListing.ofIndex(index));
  }

  /** A file past the size limit is not read at all: its day keeps its papers, as any unreadable day. */
  @Test
  void aHugeFileIsUnreadableAndItsDayKeepsItsPapers() throws IOException {
    IndexListing before = IndexListing.ofIndex(index);
    try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(corpus.resolve(D2 + ".md").toFile(), "rw")) {
      huge.setLength(CorpusReader.MAX_FILE_BYTES + 1); // sparse: no disk or memory spent
    }
    LiveIndexer.DayUpdate update = live.applyDay(D2);
    assertEquals(LiveIndexer.Outcome.UNREADABLE, update.outcome());
    assertTrue(update.problems().get(0).reason().contains("a digest may have at most"), update.problems().toString());
    assertEquals(before, IndexListing.ofIndex(index));
  }

  /**
   * A paper listed on two days stays when its first day drops it while the other day's block for it
   * is broken (that day cannot say now that it lists the paper), and likewise while that day's file
   * cannot be read.
   */
  @Test
  void aPaperStaysWhileTheOtherDayListingItCannotBeRead() throws IOException {
    replaceAll(corpus.resolve(D3 + ".md"), "Vote: 7", "Vote: many");
    live.applyDay(D3);
    Digests.write(corpus, D1, Block.tagged("2504.00101", "d1"));
    live.applyDay(D1);
    assertEquals(Set.of(D3), IndexListing.ofIndex(index).daysOf("2504.00102"));
  }

  /** A day retitling its own paper is no conflict; another day's copy under another title is reported, not dropped. */
  @Test
  void titleConflictsAreReportedAcrossDaysOnly() {
    Digests.write(corpus, D1, new Block("2504.00101", "A Retitled Paper About Something Else Entirely", "요약."), Block.tagged("2504.00102", "d1"));
    assertEquals(List.of(), live.applyDay(D1).problems());
    assertEquals("A Retitled Paper About Something Else Entirely", new LuceneSearcher(index).paper("2504.00101").orElseThrow().title());

    Digests.write(corpus, D4, new Block("2504.00102", "Diffusion Video Generation At Scale", "요약."));
    LiveIndexer.DayUpdate update = live.applyDay(D4);
    assertEquals(1, update.problems().size(), update.problems().toString());
    assertEquals(ParseResult.Problem.Cost.NONE, update.problems().get(0).cost());
    assertTrue(update.problems().get(0).reason().contains("two papers under one id?"), update.problems().toString());
    assertEquals("Paper 2504.00102 d1", new LuceneSearcher(index).paper("2504.00102").orElseThrow().title(), "the first day's copy");
    assertIndexEqualsFolder(IndexListing.ofFolder(corpus), IndexListing.ofIndex(index));
  }

  /** A title conflict between days is reported at every comparison, not only when its day changes. */
  @Test
  void aTitleConflictIsReportedAgainAfterARestart() throws IOException {
    Digests.write(corpus, D4, new Block("2504.00102", "Diffusion Video Generation At Scale", "요약."));
    assertEquals(1, live.applyDay(D4).problems().size());
    index.close();
    open();
    LiveIndexer.Sync sync = live.sync(() -> false, CorpusReader.QUIETLY);
    assertEquals(List.of(), sync.updates(), "nothing changed");
    assertEquals(List.of(corpus.resolve(D4 + ".md")), sync.problems().stream().map(p -> p.where().file()).toList());
    assertTrue(sync.problems().get(0).reason().contains("two papers under one id?"), sync.problems().toString());
    assertEquals(1, live.health().problems());
  }

  /** One file indexed alone leaves its day without a fingerprint, so the next comparison applies the day. */
  @Test
  void aFileIndexedAloneIsComparedAgainLater() {
    Digests.write(corpus, D1, Block.tagged("2504.00101", "d1"));
    Path alone = Digests.write(corpus.resolveSibling(corpus.getFileName() + "-alone").resolve(D1 + ".md"), Digests.text(D1, Block.tagged("2504.00109", "alone")));
    new CorpusIndexer(index).index(alone, CorpusReader.QUIETLY);
    assertEquals(null, index.dayFingerprints().get(D1));
    LiveIndexer.Sync sync = live.sync(() -> false, CorpusReader.QUIETLY);
    assertEquals(List.of(D1), sync.updates().stream().map(LiveIndexer.DayUpdate::day).toList());
    assertIndexEqualsFolder(IndexListing.ofFolder(corpus), IndexListing.ofIndex(index));
  }

  @Test
  void anEmptyFolderDoesNotEmptyTheIndex() throws IOException {
    index.close();
    for (LocalDate day : List.of(D1, D2, D3)) {
      Files.delete(corpus.resolve(day + ".md"));
    }
    open();
    LiveIndexer.Refused refused =
        org.junit.jupiter.api.Assertions.assertThrows(LiveIndexer.Refused.class, () -> live.sync(() -> false, CorpusReader.QUIETLY));
    assertTrue(refused.getMessage().contains("has digests for 0 of the 3 days the index holds (6 papers)"), refused.getMessage());
    assertEquals(6, index.count());
  }

  @Test
  void anIndexWithoutDayFingerprintsIsBuiltWholeOnce() throws IOException {
    index.close();
    try (PaperIndex legacy = PaperIndex.open(indexDir)) {
      legacy.update(
          () -> {
            for (LocalDate day : List.of(D1, D2, D3)) {
              legacy.fingerprintDay(day, null);
            }
            return null;
          });
    }
    open();
    assertEquals(Set.of(), index.dayFingerprints().keySet());
    assertTrue(live.sync(() -> false, CorpusReader.QUIETLY).rebuilt().isPresent());
    assertEquals(Set.of(D1, D2, D3), index.dayFingerprints().keySet());
    assertIndexEqualsFolder(IndexListing.ofFolder(corpus), IndexListing.ofIndex(index));
  }

  private boolean committedAsInFolder(CorpusFolder folder, LocalDate day) {
    CorpusFolder.Day read = folder.read(day);
    return java.util.Objects.equals(
        read.files().isEmpty() ? null : read.fingerprint().orElse(null), index.dayFingerprints().get(day));
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) {
    try {
      Files.move(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replaceAll(Path file, String from, String to) {
    try {
      Files.writeString(file, Files.readString(file).replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts one raw byte into a UTF-8 file after the first {@code after}. */
  private static void insertByteAfter(Path file, String after, byte raw) {
    try {
      String text = Files.readString(file);
      int at = text.indexOf(after) + after.length();
      byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
      byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[head.length + 1 + tail.length];
      System.arraycopy(head, 0, out, 0, head.length);
      out[head.length] = raw;
      System.arraycopy(tail, 0, out, head.length + 1, tail.length);
      Files.write(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
