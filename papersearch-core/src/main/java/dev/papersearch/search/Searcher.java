package dev.papersearch.search;

import dev.papersearch.ingest.Paper;
import dev.papersearch.typing.Suggestion;
import java.util.List;
import java.util.Optional;

/**
 * Searching papers, independent of where they are indexed: the embedded Lucene index now, a
 * SolrCloud collection later.
 */
public interface Searcher {

  SearchResponse search(SearchRequest request);

  /** The paper with this arXiv id, if indexed. */
  Optional<Paper> paper(String id);

  /**
   * At most {@code size} completions of {@code query} as typed so far, best first ({@link
   * dev.papersearch.typing.Suggester}); none for a blank query.
   */
  List<Suggestion> suggest(String query, int size);

  /** Number of papers that can be found. */
  int count();
}
