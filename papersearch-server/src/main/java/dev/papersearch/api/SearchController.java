package dev.papersearch.api;

import dev.papersearch.config.Settings;
import dev.papersearch.search.Laps;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.Searcher;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

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

  /** {@code gate}: how many searches run at once, shared with the feed's. */
  SearchController(Searcher searcher, Settings settings, Service service, SearchGate gate) {
    this.searcher = searcher;
    this.params = new SearchParams(settings);
    this.gate = gate;
    this.service = service;
  }

  /**
   * Answers a search; its {@code took_ms} is the whole request up to writing the body (the parameters
   * read, the wait for a turn, the search), and the {@code Server-Timing} header has each of them, the
   * searcher's own stages, and the writing of the body.
   */
  void search(Context ctx) {
    Laps laps = new Laps();
    SearchRequest request = params.parse(ctx);
    service.refuseSearchesWhileEmptyAndLoading();
    laps.lap("parse");
    SearchResponse searched =
        gate.run(
            () -> {
              laps.lap("queue");
              return searcher.search(request);
            });
    laps.lapWithin(searched.laps(), "search");
    SearchResponse response = searched.withTookMs(laps.millis());
    Metrics.noteQuery(ctx, response.queryNotes());
    String body = ctx.jsonMapper().toJsonString(response, SearchResponse.class);
    laps.lap("json");
    ctx.header(ServerTiming.HEADER, ServerTiming.of(laps.laps())).contentType(ContentType.APPLICATION_JSON).result(body);
  }
}
