package dev.papersearch.api;

import dev.papersearch.config.Settings;
import dev.papersearch.search.Searcher;
import dev.papersearch.typing.Suggestion;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/suggest?q=&size=}: what to offer under the search box for the text typed so far
 * ({@link dev.papersearch.typing.Suggester}); a blank {@code q} has none.
 */
final class SuggestController {

  /** Suggestions when {@code size} is not given, and the most a request may ask for. */
  static final int DEFAULT_SIZE = 5;

  static final int MAX_SIZE = 20;

  /** The body of {@code GET /api/suggest}. */
  record SuggestResponse(String query, List<Suggestion> suggestions, long tookMs) {}

  private final Searcher searcher;
  private final Settings settings;

  SuggestController(Searcher searcher, Settings settings) {
    this.searcher = searcher;
    this.settings = settings;
  }

  void suggest(Context ctx) {
    long started = System.nanoTime();
    String q = SearchParams.query(ctx, settings);
    int size = SearchParams.integer(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    String query = q == null ? "" : q;
    List<Suggestion> suggestions = query.isBlank() ? List.of() : searcher.suggest(query, size);
    ctx.json(new SuggestResponse(query, suggestions, (System.nanoTime() - started) / 1_000_000));
  }
}
