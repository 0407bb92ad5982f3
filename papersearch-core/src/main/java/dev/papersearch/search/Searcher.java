package dev.papersearch.search;

import dev.papersearch.ingest.Paper;
import java.util.Optional;

/**
 * Searching papers, independent of where they are indexed: the embedded Lucene index now, a
 * SolrCloud collection later.
 */
public interface Searcher {

  SearchResponse search(SearchRequest request);

  /** The paper with this arXiv id, if indexed. */
  Optional<Paper> paper(String id);

  /** Number of papers that can be found. */
  int count();
}
