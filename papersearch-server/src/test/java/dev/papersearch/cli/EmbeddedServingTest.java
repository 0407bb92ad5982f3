package dev.papersearch.cli;

import static dev.papersearch.support.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.api.BackendStats;
import dev.papersearch.config.Settings;
import dev.papersearch.index.Digests;
import dev.papersearch.index.Digests.Block;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.TestIndexes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded backend's life in one JVM, without HTTP: readiness and stats from open to close, the
 * watcher it starts and the threads its close must end.
 */
class EmbeddedServingTest {

  private static final Set<String> BACKGROUND = Set.of("corpus-watcher", "corpus-sync");

  @TempDir Path dir;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);

  private Settings settings(Map<String, String> more) {
    Map<String, String> all = new HashMap<>(more);
    all.put("index.dir", dir.resolve("index").toString());
    return Settings.load(null, Map.of(), all);
  }

  private Path corpusWithOneDay() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestIndexes.sampleDir().resolve("2024-06-03.md"), corpus.resolve("2024-06-03.md"));
    return corpus;
  }

  @Test
  void closeStopsTheWatcherItStartedAndClosesTheIndex() throws Exception {
    Path corpus = corpusWithOneDay();
    Set<Thread> before = background();
    EmbeddedServing serving =
        EmbeddedServing.open(
            settings(
                Map.of(
                    "corpus.dir", corpus.toString(), "corpus.watch", "true",
                    "corpus.watch-interval-ms", "50", "corpus.watch-settle-ms", "0")),
            out, out);
    assertEquals(Optional.of("loading the index"), serving.readiness().reason());
    assertEquals(0, serving.stats().papers(), "a new index is empty until it is built");
    assertTrue(serving.live().isPresent(), "a corpus folder gives the admin routes a live indexer");

    serving.serve(7070);
    assertEquals(Optional.empty(), serving.readiness().reason());
    BackendStats stats = serving.stats();
    assertTrue(stats.papers() > 0, stats.toString());
    assertTrue(stats.bytes().getAsLong() > 0, stats.toString());
    assertTrue(stats.lastCommit().isPresent(), stats.toString());
    assertTrue(stats.refreshes().isPresent(), stats.toString());
    assertEquals(Optional.empty(), stats.writeFailure());
    assertTrue(
        text().contains("on http://localhost:7070/; watching " + corpus + " for new and changed digests"), text());

    Digests.write(corpus, LocalDate.of(2025, 7, 1), Block.tagged("2507.00001", "watched"));
    await("the watcher indexes a new digest", () -> serving.searcher().paper("2507.00001").isPresent());
    Set<Thread> started = background();
    started.removeAll(before);
    assertTrue(started.stream().anyMatch(t -> t.getName().equals("corpus-watcher")), started.toString());

    serving.close();
    assertEquals(Optional.of("shutting down"), serving.readiness().reason());
    for (Thread thread : started) {
      thread.join(5_000);
      assertFalse(thread.isAlive(), thread.getName() + " still runs after close");
    }
    assertTrue(text().contains("Stopped; the index at " + dir.resolve("index") + " is closed"), text());
    try (PaperIndex reopened = PaperIndex.open(dir.resolve("index"))) {
      assertTrue(new LuceneSearcher(reopened).paper("2507.00001").isPresent(), "what the watcher added was committed");
    }
  }

  @Test
  void aStopBeforeTheFirstBuildMeansItNeverServes() throws Exception {
    EmbeddedServing serving = EmbeddedServing.open(settings(Map.of("corpus.dir", corpusWithOneDay().toString())), out, out);
    serving.drain();
    serving.serve(7070);
    assertEquals(Optional.of("shutting down"), serving.readiness().reason());
    assertEquals(0, serving.stats().papers(), "no build was started");
    assertFalse(text().contains("Serving"), text());
    serving.close();
    assertEquals(1, text().split("Stopping:", -1).length - 1, "drained once:\n" + text());
  }

  @Test
  void aNewIndexWithoutAFolderServesTheBundledSample() {
    try (EmbeddedServing serving = EmbeddedServing.open(settings(Map.of()), out, out)) {
      serving.serve(7070);
      assertTrue(text().contains("no --corpus: indexing the bundled sample"), text());
      assertEquals(Optional.empty(), serving.readiness().reason());
      assertTrue(serving.stats().papers() > 0);
      assertEquals(Optional.empty(), serving.live(), "no folder, nothing for the admin routes to index");
      assertTrue(text().contains("on http://localhost:7070/\n"), "no watching without --watch:\n" + text());
    }
  }

  private String text() {
    return log.toString(StandardCharsets.UTF_8);
  }

  /** The background threads a served index may run, alive now. */
  private static Set<Thread> background() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> BACKGROUND.contains(t.getName())).collect(Collectors.toSet());
  }
}
