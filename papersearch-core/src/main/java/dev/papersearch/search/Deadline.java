package dev.papersearch.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time limit of one search. Lucene checks it between blocks of matching documents and stops
 * collecting once it has passed, so a costly query ends with partial results instead of holding a
 * thread; {@link #check} turns that into a {@link SearchTimeoutException}.
 */
final class Deadline implements QueryTimeout {

  private final Duration limit;
  private final long end;

  Deadline(Duration limit) {
    this.limit = limit;
    this.end = System.nanoTime() + limit.toNanos();
  }

  @Override
  public boolean shouldExit() {
    return System.nanoTime() - end >= 0;
  }

  /**
   * A searcher over the same reader that stops at this deadline. Searchers are shared between
   * requests, and a timeout belongs to one request, so each search gets its own (a cheap object).
   */
  IndexSearcher limit(IndexSearcher shared) {
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setQueryCache(shared.getQueryCache());
    searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
    searcher.setTimeout(this);
    return searcher;
  }

  /** Throws when the search on {@code searcher} was stopped by the deadline. */
  void check(IndexSearcher searcher) {
    if (searcher.timedOut()) {
      throw new SearchTimeoutException(limit);
    }
  }
}
