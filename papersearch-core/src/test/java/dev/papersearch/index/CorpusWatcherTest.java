package dev.papersearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.papersearch.index.Digests.Block;
import dev.papersearch.search.DateRange;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher over a real folder: new days in both layouts, slow writers, rewrites seen whole. */
class CorpusWatcherTest {

  private static final LocalDate DAY = LocalDate.of(2025, 4, 1);
  private static final Duration INTERVAL = Duration.ofMillis(100);
  private static final Duration SETTLE = Duration.ofMillis(400);

  @TempDir Path corpus;
  @TempDir Path indexDir;
  private PaperIndex index;
  private LuceneSearcher searcher;
  private CorpusWatcher watcher;

  @BeforeEach
  void start() {
    index = PaperIndex.open(indexDir);
    searcher = new LuceneSearcher(index);
    watcher = new CorpusWatcher(new LiveIndexer(index, new CorpusFolder(corpus)), INTERVAL, SETTLE);
    watcher.start();
  }

  @AfterEach
  void stop() throws IOException {
    watcher.close();
    index.close();
  }

  private static void await(String what, Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail(what + " within " + limit);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static Block[] blocks(int n, String tag) {
    return IntStream.range(0, n).mapToObj(i -> Block.tagged(String.format("2504.%05d", i + 1), tag)).toArray(Block[]::new);
  }

  /** The tags of the day's papers as a searcher sees them now. */
  private Set<String> tagsOfTheDay() {
    SearchResponse r = searcher.search(new SearchRequest("", new DateRange(DAY, DAY), null, 1, 100));
    return r.hits().stream().map(h -> h.title().substring(h.title().lastIndexOf(' ') + 1)).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void newDaysInBothLayoutsAreSearchableWithinFiveSeconds() {
    Digests.write(corpus, DAY, Block.tagged("2504.00001", "flat"));
    long written = System.nanoTime();
    await("the flat file indexed", Duration.ofSeconds(5), () -> searcher.paper("2504.00001").isPresent());
    long flatMillis = (System.nanoTime() - written) / 1_000_000;

    Digests.write(corpus.resolve("2025/04/02.md"), Digests.text(DAY.plusDays(1), Block.tagged("2504.00002", "nested")));
    await("the file in a new YYYY/MM folder indexed", Duration.ofSeconds(5), () -> searcher.paper("2504.00002").isPresent());
    assertTrue(flatMillis >= SETTLE.toMillis(), "indexed only after settling: " + flatMillis + " ms");
  }

  @Test
  void aFileBeingWrittenSlowlyIsNeverIndexedHalfWay() throws Exception {
    byte[] text = Digests.text(DAY, blocks(12, "slow")).getBytes(StandardCharsets.UTF_8);
    Set<Integer> counts = new ConcurrentSkipListSet<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    Thread reader =
        new Thread(
            () -> {
              while (writing.get() || counts.size() < 2) {
                counts.add(index.count());
              }
            });
    reader.start();
    try (OutputStream out = Files.newOutputStream(corpus.resolve(DAY + ".md"))) {
      int chunk = text.length / 12 + 1;
      for (int at = 0; at < text.length; at += chunk) {
        out.write(text, at, Math.min(chunk, text.length - at));
        out.flush();
        Thread.sleep(SETTLE.toMillis() / 4); // a writer pausing less than the settle time
      }
    }
    await("the whole file indexed", Duration.ofSeconds(5), () -> index.count() == 12);
    writing.set(false);
    reader.join();
    assertEquals(Set.of(0, 12), counts, "paper counts seen while the file was written");
  }

  @Test
  void searchesDuringARewriteSeeTheOldOrTheNewDayNeverAMix() throws Exception {
    Digests.write(corpus, DAY, blocks(20, "old"));
    await("the first version indexed", Duration.ofSeconds(5), () -> tagsOfTheDay().equals(Set.of("old")));

    Set<Set<String>> seen = new ConcurrentSkipListSet<>((a, b) -> a.toString().compareTo(b.toString()));
    AtomicBoolean done = new AtomicBoolean();
    Thread reader =
        new Thread(
            () -> {
              while (!done.get()) {
                seen.add(tagsOfTheDay());
              }
            });
    reader.start();
    Path staged = Digests.write(corpus.resolve(".staging"), Digests.text(DAY, blocks(20, "new")));
    Files.move(staged, corpus.resolve(DAY + ".md"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    await("the rewrite indexed", Duration.ofSeconds(5), () -> tagsOfTheDay().equals(Set.of("new")));
    done.set(true);
    reader.join();
    assertTrue(Set.of(Set.of("old"), Set.of("new")).containsAll(seen), "days seen by searches: " + seen);
  }

  @Test
  void aDeletedDigestTakesItsPapersAlong() throws IOException {
    Path file = Digests.write(corpus, DAY, blocks(3, "gone"));
    await("the day indexed", Duration.ofSeconds(5), () -> index.count() == 3);
    Files.delete(file);
    await("the day removed", Duration.ofSeconds(5), () -> index.count() == 0);
  }
}
