package dev.papersearch.api;

import dev.papersearch.config.Settings;
import dev.papersearch.search.Searcher;
import dev.papersearch.typing.Suggestion;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/suggest?q=&size=}: what to offer under the search box for the text typed so far
 * ({@link dev.papersearch.typing.Suggester}); a blank {@code q} has none. With {@code
 * format=opensearch}, the same suggestions as browsers read them from a search engine the site's
 * {@code /opensearch.xml} describes: {@code ["q", ["text", …]]}.
 */
final class SuggestController {

  /** Suggestions when {@code size} is not given, and the most a request may ask for. */
  static final int DEFAULT_SIZE = 5;

  static final int MAX_SIZE = 20;

  /** The OpenSearch suggestions extension's media type. */
  static final String OPENSEARCH_TYPE = "application/x-suggestions+json";

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
    boolean openSearch = openSearchFormat(ctx.queryParam("format"));
    List<Suggestion> suggestions = query.isBlank() ? List.of() : searcher.suggest(query, size);
    if (openSearch) {
      List<Object> pair = List.of(query, suggestions.stream().map(Suggestion::text).toList());
      ctx.contentType(OPENSEARCH_TYPE + "; charset=utf-8").result(ctx.jsonMapper().toJsonString(pair, List.class));
    } else {
      ctx.json(new SuggestResponse(query, suggestions, (System.nanoTime() - started) / 1_000_000));
    }
  }

  /** {@code format}: {@code json} (the default) or {@code opensearch}. */
  private static boolean openSearchFormat(String format) {
    if (format == null || format.isBlank() || format.strip().equals("json")) {
      return false;
    }
    if (format.strip().equals("opensearch")) {
      return true;
    }
    throw ApiException.badRequest("format: '" + format + "' is not json or opensearch");
  }
}
