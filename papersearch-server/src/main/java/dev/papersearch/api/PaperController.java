package dev.papersearch.api;

import dev.papersearch.search.Searcher;
import io.javalin.http.Context;

/** {@code GET /api/papers/{id}} and {@code GET /health}. */
final class PaperController {

  /** The body of {@code GET /health}. */
  record Health(String status, int papers) {}

  private final Searcher searcher;

  PaperController(Searcher searcher) {
    this.searcher = searcher;
  }

  void paper(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        searcher
            .paper(id)
            .map(PaperJson::of)
            .orElseThrow(() -> ApiException.notFound("id: no paper with arXiv id '" + id + "'")));
  }

  void health(Context ctx) {
    ctx.json(new Health("ok", searcher.count()));
  }
}
