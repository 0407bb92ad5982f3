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
}
