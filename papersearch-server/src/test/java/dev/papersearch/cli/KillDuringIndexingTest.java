package dev.papersearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.papersearch.index.PaperDocuments;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.Paper;
import dev.papersearch.support.ChildJvm;
import dev.papersearch.support.RealCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.MultiBits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index} killed with SIGKILL at random points of indexing the real corpus: after each kill
 * the index opens and holds either nothing or the whole corpus (one commit per run), and the next
 * run completes to exactly the papers of a clean build, field for field.
 */
class KillDuringIndexingTest {

  private static final int PAPERS = 5487;
  private static final int RUNS = Integer.getInteger("papersearch.crash.runs", 4);

  @TempDir Path dir;

  private record Listed(Paper paper, SortedSet<LocalDate> days) {}

  @Test
  void killedRunsLeaveACommitThatOpensAndTheNextRunCompletes() throws Exception {
    Path corpus = RealCorpus.days();
    long seed = Long.getLong("papersearch.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    System.out.println("kill test: seed " + seed + " (-Dpapersearch.crash.seed to repeat), " + RUNS + " runs");

    Path clean = dir.resolve("clean");
    long started = System.nanoTime();
    assertEquals(0, runToEnd(clean, corpus, "clean"), "a clean build");
    long fullMillis = (System.nanoTime() - started) / 1_000_000;
    Map<String, Listed> reference = papers(clean);
    assertEquals(PAPERS, reference.size());

    Path crashed = dir.resolve("crashed");
    for (int run = 0; run < RUNS; run++) {
      Path log = dir.resolve("kill-" + run + ".log");
      // The last run rebuilds, so that there is a whole build to kill while it commits even when an
      // earlier run got as far as committing everything (then a plain run has nothing to write).
      boolean last = run == RUNS - 1;
      List<String> args = new ArrayList<>(List.of("index", "--corpus", corpus.toString(), "--index", crashed.toString()));
      if (last) {
        args.add("--rebuild");
      }
      Process child = ChildJvm.start(log, args.toArray(String[]::new));
      String when;
      if (!last) {
        // While reading and analysing: one kill in each slice of that time, at a random point inside it.
        long killAt = (long) (fullMillis * 0.8 * (run + random.nextDouble()) / (RUNS - 1));
        child.waitFor(killAt, TimeUnit.MILLISECONDS);
        when = killAt + " ms into a ~" + fullMillis + " ms run";
      } else {
        // While committing and mining the glossary: after the last file was read.
        awaitLine(log, "[357/357 files]", child);
        long after = random.nextInt(2500);
        child.waitFor(after, TimeUnit.MILLISECONDS);
        when = after + " ms after the last file was read";
      }
      boolean finished = !child.isAlive();
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child is gone");
      int count = PaperIndex.exists(crashed) ? papers(crashed).size() : 0;
      System.out.printf(
          "kill test: run %d killed %s%s; the index then holds %d papers%n",
          run + 1, when, finished ? " (it had finished)" : "", count);
      assertTrue(count == 0 || count == PAPERS, "a commit holds nothing or everything, not " + count);
      if (PaperIndex.exists(crashed)) {
        PaperIndex.open(crashed).close(); // the writer opens too: the lock is free, the glossary reads
      }
    }

    assertEquals(0, runToEnd(crashed, corpus, "after kills"), "indexing completes after the kills");
    Map<String, Listed> recovered = papers(crashed);
    assertEquals(PAPERS, recovered.size());
    for (Map.Entry<String, Listed> paper : reference.entrySet()) {
      assertEquals(paper.getValue(), recovered.get(paper.getKey()), "paper " + paper.getKey());
    }
  }

  private int runToEnd(Path index, Path corpus, String name) throws Exception {
    Process child = ChildJvm.start(dir.resolve(name + ".log"), "index", "--corpus", corpus.toString(), "--index", index.toString());
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      fail("index did not finish in 5 minutes: " + Files.readString(dir.resolve(name + ".log")));
    }
    return child.exitValue();
  }

  private static void awaitLine(Path log, String line, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!Files.readString(log).contains(line)) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        fail("no '" + line + "' from the child: " + Files.readString(log));
      }
      Thread.sleep(20);
    }
  }

  /** Every paper of the committed index by id, failing on an id stored twice. */
  private static Map<String, Listed> papers(Path index) throws IOException {
    Map<String, Listed> papers = new HashMap<>();
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Document d = stored.document(doc);
          Listed was = papers.put(d.get("id"), new Listed(PaperDocuments.fromDocument(d), PaperDocuments.daysOf(d)));
          if (was != null) {
            fail("id " + d.get("id") + " is in " + index + " twice");
          }
        }
      }
    }
    return papers;
  }
}
