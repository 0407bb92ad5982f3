package dev.papersearch.api;

import dev.papersearch.config.Settings;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.Searcher;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code GET /api/search}: ranked, highlighted, date-faceted search. While the index is first loaded
 * and holds no paper yet, a search is refused with a 503 rather than answered with no hits, which a
 * reader would take for "nothing matches".
 */
final class SearchController {

  private final Searcher searcher;
  private final SearchParams params;
  private final SearchGate gate;
  private final Service service;

  SearchController(Searcher searcher, Settings settings, Service service) {
    this.searcher = searcher;
    this.params = new SearchParams(settings);
    this.gate = new SearchGate(settings.ops().maxConcurrentSearches(), settings.ops().searchQueueTimeout());
    this.service = service;
  }

  void search(Context ctx) {
    SearchRequest request = params.parse(ctx);
    refuseWhileEmptyAndLoading();
    SearchResponse response = gate.run(() -> searcher.search(request));
    Metrics.noteQuery(ctx, response.queryNotes());
    ctx.json(response);
  }

  /** Papers already indexed stay searchable while more are loaded (a restart over an old index). */
  private void refuseWhileEmptyAndLoading() {
    Optional<String> loading = service.readiness().reason();
    if (loading.isPresent() && service.stats().get().papers() == 0) {
      throw new ApiException(503, "no papers are searchable yet (" + loading.get() + "); retry in a moment");
    }
  }
}
