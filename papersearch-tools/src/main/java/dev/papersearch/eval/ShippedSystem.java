package dev.papersearch.eval;

import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.index.Folders;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.DateRange;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.QueryOptions;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.Searcher;
import dev.papersearch.typing.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;

/**
 * papersearch as the API runs it, over a throw-away index, with the shipped or other Korean options:
 * its searches, and the suggestions of {@code GET /api/suggest}.
 */
final class ShippedSystem implements RankingSystem {

  private final Path dir;
  private final PaperIndex index;
  private final Searcher searcher;

  ShippedSystem(List<Paper> papers, KoreanOptions korean) {
    this(papers, korean, QueryOptions.shipped());
  }

  ShippedSystem(List<Paper> papers, KoreanOptions korean, QueryOptions options) {
    try {
      dir = Files.createTempDirectory("papersearch-eval");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    index = PaperIndex.open(dir, OpenMode.CREATE, korean);
    papers.forEach(index::upsert);
    index.commit();
    searcher = new LuceneSearcher(index, options);
  }

  @Override
  public List<String> rank(String query, int k) {
    SearchResponse response = searcher.search(new SearchRequest(query, DateRange.ALL, null, 1, k));
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  /** The ids {@code GET /api/papers/{id}/related} would answer, at most {@code k}; none for an unknown id. */
  List<String> related(String id, int k) {
    return searcher.related(id, k).map(r -> r.hits().stream().map(SearchResponse.Hit::id).toList()).orElse(List.of());
  }

  /** The texts {@code GET /api/suggest} would offer for {@code typed}: a {@link Suggester}. */
  List<String> suggest(String typed, int k) {
    return searcher.suggest(typed, k).stream().map(Suggestion::text).toList();
  }

  @Override
  public void close() throws IOException {
    index.close();
    Folders.delete(dir);
  }
}
