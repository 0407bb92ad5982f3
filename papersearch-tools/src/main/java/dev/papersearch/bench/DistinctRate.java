package dev.papersearch.bench;

import java.util.List;

/**
 * One system's single-thread rate on the distinct queries of the {@link HttpMix}, each searched once
 * in the warm JVM right after its query mix: the bare Lucene peer as issue #23 compares the server's
 * HTTP rate with it, and papersearch in process beside it.
 *
 * @param rich with highlights and facets (papersearch always), or only ten hits with their fields
 */
record DistinctRate(String system, boolean rich, int queries, double qps) {

  /** Each of {@code queries} once on {@code engine}, one thread. */
  static DistinctRate run(String system, Engine engine, boolean rich, List<BenchQuery> queries) {
    long started = System.nanoTime();
    for (BenchQuery q : queries) {
      engine.search(q, rich);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new DistinctRate(system, rich, queries.size(), queries.size() / seconds);
  }
}
