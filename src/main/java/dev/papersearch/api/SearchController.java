package dev.papersearch.api;

import dev.papersearch.config.Settings;
import dev.papersearch.search.Searcher;
import io.javalin.http.Context;

/** {@code GET /api/search}: ranked, highlighted, date-faceted search. */
final class SearchController {

  private final Searcher searcher;
  private final SearchParams params;

  SearchController(Searcher searcher, Settings settings) {
    this.searcher = searcher;
    this.params = new SearchParams(settings);
  }

  void search(Context ctx) {
    ctx.json(searcher.search(params.parse(ctx)));
  }
}
