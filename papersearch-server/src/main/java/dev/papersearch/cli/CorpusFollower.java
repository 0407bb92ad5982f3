package dev.papersearch.cli;

import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusFolder;
import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.CorpusWatcher;
import dev.papersearch.index.DaemonThreads;
import dev.papersearch.index.LiveIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps a served index in line with its corpus folder: compares the two once beside the server (the
 * first build of an empty index, or the catch-up of one served at once) and, with {@code --watch},
 * applies the digests written afterwards. A stop lets each finish the day it is applying.
 */
final class CorpusFollower {

  /** How long a failed catch-up waits before it tries again. */
  private static final int RETRY_SECONDS = 30;

  private final LiveIndexer live;
  private final Path corpus;
  private final Optional<CorpusWatcher> watcher;
  private final PrintStream out;
  private final PrintStream err;
  /** Compares the folder with the index, once, beside the server. */
  private final ExecutorService syncer = Executors.newSingleThreadExecutor(DaemonThreads.named("corpus-sync", false));
  private volatile boolean stopping;

  CorpusFollower(PaperIndex index, Path corpus, Settings.Operations ops, PrintStream out, PrintStream err) {
    this.live = new LiveIndexer(index, new CorpusFolder(corpus));
    this.corpus = corpus;
    // Watching starts from the folder as it is before the index is compared with it, so nothing
    // written meanwhile is missed.
    this.watcher = ops.watch() ? Optional.of(new CorpusWatcher(live, ops.watchInterval(), ops.watchSettle())) : Optional.empty();
    this.out = out;
    this.err = err;
  }

  LiveIndexer live() {
    return live;
  }

  /**
   * Brings the index in line with the folder in the background; a stop ends it between days, or
   * before it begins. With {@code retry} a failure (a share that cannot be listed for a moment, a
   * failed read) is tried again every {@link #RETRY_SECONDS} s until it succeeds; without, the
   * returned future fails.
   */
  synchronized CompletableFuture<Void> compare(boolean retry) {
    if (stopping) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.runAsync(() -> compareUntilDone(retry), syncer);
  }

  Path corpus() {
    return corpus;
  }

  /** Starts watching the folder with {@code --watch}; whether it does. */
  boolean watch() {
    watcher.ifPresent(CorpusWatcher::start);
    return watcher.isPresent();
  }

  /** Lets the comparison and the watcher finish the day they are applying, and starts nothing more. */
  void stop() {
    synchronized (this) {
      stopping = true;
    }
    syncer.shutdown();
    try {
      if (!syncer.awaitTermination(2, TimeUnit.MINUTES)) {
        err.println("papersearch: the comparison with the corpus folder did not stop in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    watcher.ifPresent(CorpusWatcher::close);
  }

  private void compareUntilDone(boolean retry) {
    out.println("Comparing " + corpus + " with the index");
    while (true) {
      try {
        report(live.sync(() -> stopping, problemsTo(err)));
        return;
      } catch (LiveIndexer.Stopped e) {
        out.println("Stopped before " + corpus + " was fully compared with the index; what was applied is committed");
        return;
      } catch (LiveIndexer.Refused e) {
        err.println("papersearch: " + e.getMessage());
        return;
      } catch (RuntimeException | Error e) {
        err.println("papersearch: bringing the index in line with " + corpus + " failed: " + e);
        if (!retry) {
          throw e;
        }
      }
      if (!waitToRetry()) {
        return;
      }
      out.println("Comparing " + corpus + " with the index again");
    }
  }

  /** Waits {@link #RETRY_SECONDS}; false when a stop came meanwhile. */
  private boolean waitToRetry() {
    for (int waited = 0; waited < RETRY_SECONDS * 10; waited++) {
      if (stopping) {
        return false;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** Says what the comparison did: a whole build, or the days that differed. */
  private void report(LiveIndexer.Sync sync) {
    sync.rebuilt().ifPresentOrElse(built -> printBuilt(built, corpus, out), () -> IndexCommand.printSync(sync, corpus, out, err));
  }

  /** Prints each file's problems as {@code file:line: reason}. */
  static Consumer<CorpusReader.FileRead> problemsTo(PrintStream err) {
    return file -> file.problems().forEach(err::println);
  }

  /** Says what a whole build of {@code source} did. */
  static void printBuilt(CorpusIndexer.Report report, Path source, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "Indexed %,d papers from %,d files of %s (%,d problems) in %.2f s%n",
        report.corpus().papers().size(), report.corpus().files(), source, report.corpus().problems().size(),
        report.millis() / 1e3);
  }
}
