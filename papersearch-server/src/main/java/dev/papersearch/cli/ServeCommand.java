package dev.papersearch.cli;

import dev.papersearch.api.ApiServer;
import dev.papersearch.api.Readiness;
import dev.papersearch.api.Service;
import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusFolder;
import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.CorpusWatcher;
import dev.papersearch.index.DaemonThreads;
import dev.papersearch.index.LiveIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.search.LuceneSearcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** {@code serve}: open (or first build) the index and answer HTTP requests. */
final class ServeCommand {

  static final String HELP =
      """
      Usage: papersearch serve [--index DIR] [--port N] [--host H] [--corpus DIR [--watch]] [--config FILE]
             papersearch serve --backend solr --solr-url URL[,URL...] [--collection NAME] [--port N] [--host H]

      Serves the search API and page over HTTP.

        --index DIR    index folder (setting index.dir, default: index)
        --port N       port, 0 for any free one (setting server.port, default: 7070)
        --host H       interface to listen on (setting server.host, default: 0.0.0.0)
        --corpus DIR   index these digests before serving (setting corpus.dir)
        --watch        keep indexing new and changed digests of --corpus (setting corpus.watch)
        --config FILE  settings file (default: config/papersearch.properties)
      %s
      With --backend solr the same API answers from a SolrCloud collection (see 'solr-cluster' in the
      README); a search goes to the listed nodes in turn until one answers.

      With no index and no corpus, the small sample bundled in the jar is indexed first, so a fresh
      checkout shows something. The server answers at once; GET /ready says 503 until the index is
      loaded, and so does a search while no paper is indexed yet. SIGTERM stops it gracefully: requests in flight finish, the index is closed.
      Every setting can also come from an environment variable: PAPERSEARCH_ and the key in upper
      case, e.g. PAPERSEARCH_SERVER_PORT=8080 or PAPERSEARCH_ADMIN_TOKEN.
      """
          .formatted(SolrBackend.FLAGS_HELP);

  private ServeCommand() {}

  static int run(Settings settings, PrintStream out) {
    Path corpus = settings.corpusDir();
    if (corpus != null && !Files.exists(corpus)) {
      throw new UsageException("--corpus " + corpus + ": no such file or folder");
    }
    boolean existed = PaperIndex.exists(settings.indexDir());
    PaperIndex index = PaperIndex.open(settings.indexDir());
    LiveIndexer live = corpus == null ? null : new LiveIndexer(index, new CorpusFolder(corpus));
    // Watching starts from the folder as it is before the index is compared with it, so nothing
    // written meanwhile is missed.
    CorpusWatcher watcher =
        settings.ops().watch()
            ? new CorpusWatcher(live, settings.ops().watchInterval(), settings.ops().watchSettle())
            : null;
    Readiness readiness = Readiness.notYet("loading the index");
    LuceneSearcher searcher = new LuceneSearcher(index, settings.ops().searchTimeout());
    // While Jetty starts on this thread: the first search then finds Nori's dictionaries loaded.
    CompletableFuture<Void> warm = CompletableFuture.runAsync(searcher::warmUp);
    Javalin app =
        ApiServer.create(
                searcher,
                settings,
                Service.of(index, live, readiness))
            .start();
    Running running = new Running(readiness, watcher, app, index, out);
    Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "papersearch-shutdown"));

    // An index with papers is served as it is, and compared with the folder once it is serving (not
    // beside the warm-up, which it would slow); an empty one has nothing to serve until it is built.
    boolean catchUpAfterStart = live != null && index.count() > 0;
    if (live != null && !catchUpAfterStart) {
      if (!running.awaitFirstBuild(running.sync(live, corpus, false))) {
        return 0;
      }
    } else if (live == null && !existed) {
      out.println("No index at " + settings.indexDir() + " and no --corpus: indexing the bundled sample.");
      printIndexed(new CorpusIndexer(index).index(SampleCorpus.path(), ServeCommand::printProblems), SampleCorpus.path(), out);
    }
    warm.join();
    running.serving(corpus);
    if (catchUpAfterStart) {
      running.sync(live, corpus, true);
    }
    return 0;
  }

  private static void printProblems(CorpusReader.FileRead file) {
    file.problems().forEach(System.err::println);
  }

  /** Says what comparing the folder with the index did: a whole build, or the days that differed. */
  private static void report(LiveIndexer.Sync sync, Path corpus, PrintStream out) {
    sync.rebuilt()
        .ifPresentOrElse(built -> printIndexed(built, corpus, out), () -> IndexCommand.printSync(sync, corpus, out, System.err));
  }

  /** Says what a whole build of {@code source} did. */
  private static void printIndexed(CorpusIndexer.Report report, Path source, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "Indexed %,d papers from %,d files of %s (%,d problems) in %.2f s%n",
        report.corpus().papers().size(), report.corpus().files(), source, report.corpus().problems().size(),
        report.millis() / 1e3);
  }

  /** The parts of a running server, started in order and stopped in reverse, each once. */
  private static final class Running {

    private final Readiness readiness;
    private final CorpusWatcher watcher;
    private final Javalin app;
    private final PaperIndex index;
    private final PrintStream out;
    /** Compares the folder with the index, once, beside the server. */
    private final ExecutorService syncer = Executors.newSingleThreadExecutor(DaemonThreads.named("corpus-sync", false));
    private volatile boolean stopping;

    Running(Readiness readiness, CorpusWatcher watcher, Javalin app, PaperIndex index, PrintStream out) {
      this.readiness = readiness;
      this.watcher = watcher;
      this.app = app;
      this.index = index;
      this.out = out;
    }

    /**
     * Brings the index in line with {@code corpus} in the background; a stop ends it between days, or
     * before it begins. With {@code retry} a failure (a share that cannot be listed for a moment, a
     * failed read) is tried again every {@link #RETRY_SECONDS} s until it succeeds; without, the
     * returned future fails.
     */
    synchronized CompletableFuture<Void> sync(LiveIndexer live, Path corpus, boolean retry) {
      if (stopping) {
        return CompletableFuture.completedFuture(null);
      }
      return CompletableFuture.runAsync(() -> syncUntilDone(live, corpus, retry), syncer);
    }

    private static final int RETRY_SECONDS = 30;

    private void syncUntilDone(LiveIndexer live, Path corpus, boolean retry) {
      out.println("Comparing " + corpus + " with the index");
      while (true) {
        try {
          report(live.sync(() -> stopping, ServeCommand::printProblems), corpus, out);
          return;
        } catch (LiveIndexer.Stopped e) {
          out.println("Stopped before " + corpus + " was fully compared with the index; what was applied is committed");
          return;
        } catch (LiveIndexer.Refused e) {
          System.err.println("papersearch: " + e.getMessage());
          return;
        } catch (RuntimeException | Error e) {
          System.err.println("papersearch: bringing the index in line with " + corpus + " failed: " + e);
          if (!retry) {
            throw e;
          }
        }
        for (int waited = 0; waited < RETRY_SECONDS * 10; waited++) {
          if (stopping) {
            return;
          }
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        out.println("Comparing " + corpus + " with the index again");
      }
    }

    /**
     * Waits for the first build of an empty index; false when the server stopped meanwhile. A failed
     * build is rethrown: there is nothing to serve.
     */
    boolean awaitFirstBuild(CompletableFuture<Void> synced) {
      try {
        synced.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
      return !stopping;
    }

    /** The index is loaded: take traffic and watch the corpus, unless a stop came first. */
    synchronized void serving(Path corpus) {
      if (stopping) {
        return;
      }
      if (watcher != null) {
        watcher.start();
      }
      readiness.markReady();
      out.printf(
          "Serving %,d papers from %s on http://localhost:%d/%s%n",
          index.count(),
          index.path(),
          app.port(),
          watcher == null ? "" : "; watching " + corpus + " for new and changed digests");
    }

    /**
     * Stops taking traffic, lets the comparison with the folder and the watcher finish the day they
     * are indexing, lets requests in flight finish, then closes the index (after any write in
     * progress has committed).
     */
    void stop() {
      synchronized (this) {
        stopping = true;
      }
      out.println("Stopping: finishing requests in flight and closing the index");
      readiness.markStopping();
      syncer.shutdown();
      try {
        if (!syncer.awaitTermination(2, TimeUnit.MINUTES)) {
          System.err.println("papersearch: the comparison with the corpus folder did not stop in time");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (watcher != null) {
        watcher.close();
      }
      app.stop();
      try {
        index.close();
        out.println("Stopped; the index at " + index.path() + " is closed");
      } catch (IOException e) {
        System.err.println("papersearch: closing the index failed: " + e.getMessage());
      }
      out.flush();
    }
  }
}
