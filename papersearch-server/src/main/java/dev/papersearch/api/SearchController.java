package dev.papersearch.api;

import dev.papersearch.config.Settings;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.Searcher;
import io.javalin.http.Context;

/** {@code GET /api/search}: ranked, highlighted, date-faceted search. */
final class SearchController {

  private final Searcher searcher;
  private final SearchParams params;
  private final SearchGate gate;

  SearchController(Searcher searcher, Settings settings) {
    this.searcher = searcher;
    this.params = new SearchParams(settings);
    this.gate = new SearchGate(settings.ops().maxConcurrentSearches(), settings.ops().searchQueueTimeout());
  }

  void search(Context ctx) {
    SearchRequest request = params.parse(ctx);
    ctx.json(gate.run(() -> searcher.search(request)));
  }
}
