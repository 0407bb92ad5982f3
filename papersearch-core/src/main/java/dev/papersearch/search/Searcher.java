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

  /**
   * At most {@code size} papers related to the paper with this arXiv id ({@link RelatedPapers}), never
   * itself; empty when no paper has the id.
   */
  Optional<RelatedPapers.Related> related(String id, int size);

  /** Number of papers that can be found. */
  int count();
}
