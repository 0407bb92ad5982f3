package dev.papersearch.cli;

import dev.papersearch.api.BackendStats;
import dev.papersearch.api.Readiness;
import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.LiveIndexer;
import dev.papersearch.analysis.NoriDictionaries;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.Searcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The embedded index as {@code serve} runs it: opened before the server listens; once it listens,
 * built from the corpus folder when empty (or from the bundled sample when there is neither index nor
 * folder), then kept in line with the folder in the background; stopped in the reverse order, the
 * index closed last.
 */
final class EmbeddedServing implements Backend.Serving {

  private final PaperIndex index;
  private final boolean existed;
  private final LuceneSearcher searcher;
  /** A search run while Jetty starts, so that the first one finds Nori's dictionaries loaded. */
  private final CompletableFuture<Void> warm;
  private final Optional<CorpusFollower> folder;
  private final Readiness readiness = Readiness.notYet("loading the index");
  private final PrintStream out;
  private final PrintStream err;
  private volatile boolean stopping;

  private EmbeddedServing(PaperIndex index, boolean existed, Settings settings, PrintStream out, PrintStream err) {
    this.index = index;
    this.existed = existed;
    this.searcher = new LuceneSearcher(index, settings.ops().searchTimeout());
    this.warm = CompletableFuture.runAsync(searcher::warmUp);
    this.folder = Optional.ofNullable(settings.corpusDir()).map(corpus -> new CorpusFollower(index, corpus, settings.ops(), out, err));
    this.out = out;
    this.err = err;
  }

  /** Opens (or creates) the index in {@code index.dir}; the corpus folder, if set, must exist. */
  static EmbeddedServing open(Settings settings, PrintStream out, PrintStream err) {
    Path corpus = settings.corpusDir();
    if (corpus != null && !Files.exists(corpus)) {
      throw new UsageException("--corpus " + corpus + ": no such file or folder");
    }
    NoriDictionaries.loadInBackground(); // while the index opens and Jetty starts
    boolean existed = PaperIndex.exists(settings.indexDir());
    return new EmbeddedServing(PaperIndex.open(settings.indexDir()), existed, settings, out, err);
  }

  @Override
  public Searcher searcher() {
    return searcher;
  }

  @Override
  public BackendStats stats() {
    return BackendStats.of(index.stats());
  }

  @Override
  public Readiness readiness() {
    return readiness;
  }

  @Override
  public Optional<LiveIndexer> live() {
    return folder.map(CorpusFollower::live);
  }

  @Override
  public void serve(int port) {
    // An index with papers is served as it is, and compared with the folder once it is serving (not
    // beside the warm-up, which it would slow); an empty one has nothing to serve until it is built.
    Optional<CorpusFollower> catchUp = folder.filter(f -> index.count() > 0);
    if (catchUp.isEmpty() && !fill()) {
      return;
    }
    warm.join();
    if (serving(port)) {
      catchUp.ifPresent(f -> f.compare(true));
    }
  }

  /**
   * Fills an index that has nothing to serve yet: from the corpus folder, or from the bundled sample
   * when it is new and there is no folder; false when a stop came meanwhile.
   */
  private boolean fill() {
    if (folder.isPresent()) {
      return awaitFirstBuild(folder.get().compare(false));
    }
    if (!existed) {
      out.println("No index at " + index.path() + " and no --corpus: indexing the bundled sample.");
      Path sample = SampleCorpus.path();
      CorpusFollower.printBuilt(new CorpusIndexer(index).index(sample, CorpusFollower.problemsTo(err)), sample, out);
    }
    return true;
  }

  /** Waits for the first build; false when a stop came meanwhile. A failed build is rethrown: there is nothing to serve. */
  private boolean awaitFirstBuild(CompletableFuture<Void> built) {
    try {
      built.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    return !stopping;
  }

  /** The index is loaded: take traffic and watch the folder, unless a stop came first. */
  private synchronized boolean serving(int port) {
    if (stopping) {
      return false;
    }
    String watching = folder.filter(CorpusFollower::watch).map(f -> "; watching " + f.corpus() + " for new and changed digests").orElse("");
    readiness.markReady();
    out.printf("Serving %,d papers from %s on http://localhost:%d/%s%n", index.count(), index.path(), port, watching);
    return true;
  }

  /** Stops taking traffic and lets the comparison with the folder and the watcher finish the day they are applying. */
  @Override
  public void drain() {
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
    }
    out.println("Stopping: finishing requests in flight and closing the index");
    readiness.markStopping();
    folder.ifPresent(CorpusFollower::stop);
  }

  /** Closes the index after any write in progress has committed. */
  @Override
  public void close() {
    drain();
    try {
      index.close();
      out.println("Stopped; the index at " + index.path() + " is closed");
    } catch (IOException e) {
      err.println("papersearch: closing the index failed: " + e.getMessage());
    }
  }
}
