package dev.papersearch.api;

import dev.papersearch.search.Searcher;
import io.javalin.http.Context;

/** {@code GET /api/papers/{id}}, {@code GET /api/papers/{id}/related} and {@code GET /health}. */
final class PaperController {

  /** The body of {@code GET /health}. */
  record Health(String status, int papers) {}

  /** Related papers when {@code size} is not given, and the most a request may ask for. */
  static final int DEFAULT_RELATED = 5;

  static final int MAX_RELATED = 20;

  private final Searcher searcher;
  private final SearchGate gate;

  /** {@code gate}: how many searches run at once, shared with the searches, as finding related papers is one. */
  PaperController(Searcher searcher, SearchGate gate) {
    this.searcher = searcher;
    this.gate = gate;
  }

  void paper(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(searcher.paper(id).map(PaperJson::of).orElseThrow(() -> unknown(id)));
  }

  /** The papers most like one, in both its languages ({@link dev.papersearch.search.RelatedPapers}). */
  void related(Context ctx) {
    String id = ctx.pathParam("id");
    int size = SearchParams.integer(ctx, "size", DEFAULT_RELATED, 1, MAX_RELATED);
    ctx.json(gate.run(() -> searcher.related(id, size)).orElseThrow(() -> unknown(id)));
  }

  private static ApiException unknown(String id) {
    return ApiException.notFound("id: no paper with arXiv id '" + id + "'");
  }

  void health(Context ctx) {
    ctx.json(new Health("ok", searcher.count()));
  }
}
