package dev.papersearch.api;

import dev.papersearch.index.LiveIndexer;
import dev.papersearch.search.Searcher;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the API reads and drives of its backend besides searching: the backend's numbers (for {@code
 * /metrics} and {@code /ready}), live updates (for {@code /api/admin/*}) and readiness.
 *
 * @param live how the admin routes change the index; empty when no corpus folder is configured or the
 *     backend is not the embedded index
 */
public record Service(Supplier<BackendStats> stats, Optional<LiveIndexer> live, Readiness readiness) {

  /** A server that only searches (tests, the widget's host page): ready, no admin. */
  static Service searchOnly(Searcher searcher) {
    return new Service(() -> BackendStats.ofPapers(searcher.count()), Optional.empty(), Readiness.ready());
  }

  /**
   * Refuses a search with a 503 while the index is first loaded and holds no paper yet, rather than
   * answering no hits, which a reader would take for "nothing matches". Papers already indexed stay
   * searchable while more are loaded (a restart over an old index).
   */
  void refuseSearchesWhileEmptyAndLoading() {
    Optional<String> loading = readiness.reason();
    if (loading.isPresent() && stats.get().papers() == 0) {
      throw new ApiException(503, "no papers are searchable yet (" + loading.get() + "); retry in a moment");
    }
  }
}
