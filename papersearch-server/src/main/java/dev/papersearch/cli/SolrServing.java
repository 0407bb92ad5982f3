package dev.papersearch.cli;

import dev.papersearch.api.BackendStats;
import dev.papersearch.api.Readiness;
import dev.papersearch.index.LiveIndexer;
import dev.papersearch.search.Searcher;
import dev.papersearch.solr.client.SolrNodes;
import dev.papersearch.solr.client.SolrSearcher;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * A SolrCloud collection as {@code serve} runs it: connected before the server listens, ready at once
 * (the collection is loaded already), its clients closed at shutdown. It knows only how many papers
 * the collection has, and nothing here writes to it.
 */
final class SolrServing implements Backend.Serving {

  private final SolrNodes nodes;
  private final SolrSearcher searcher;
  private final String collection;
  private final int papers;
  private final Readiness readiness = Readiness.ready();
  private final PrintStream out;
  private final PrintStream err;

  /** Over {@code collection}, which holds {@code papers} as {@code serve} starts. */
  SolrServing(SolrNodes nodes, SolrSearcher searcher, String collection, int papers, PrintStream out, PrintStream err) {
    this.nodes = nodes;
    this.searcher = searcher;
    this.collection = collection;
    this.papers = papers;
    this.out = out;
    this.err = err;
  }

  @Override
  public Searcher searcher() {
    return searcher;
  }

  @Override
  public BackendStats stats() {
    return BackendStats.ofPapers(searcher.count());
  }

  @Override
  public Readiness readiness() {
    return readiness;
  }

  @Override
  public Optional<LiveIndexer> live() {
    return Optional.empty();
  }

  @Override
  public void serve(int port) {
    out.printf(
        "Serving %,d papers from SolrCloud collection %s (%s) on http://localhost:%d/%n",
        papers, collection, String.join(", ", nodes.urls()), port);
  }

  @Override
  public void drain() {
    readiness.markStopping();
  }

  @Override
  public void close() {
    drain();
    closeQuietly(nodes, err);
    out.println("Stopped");
  }

  static void closeQuietly(SolrNodes nodes, PrintStream err) {
    try {
      nodes.close();
    } catch (IOException e) {
      err.println("papersearch: closing the Solr clients failed: " + e.getMessage());
    }
  }
}
