package dev.papersearch.api;

import dev.papersearch.ingest.Paper;
import dev.papersearch.search.QueryNotes;
import dev.papersearch.search.RelatedPapers;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.Searcher;
import dev.papersearch.typing.Suggestion;
import java.util.List;
import java.util.Optional;

/** A searcher of no papers; a test overrides the part it is about. */
class StubSearcher implements Searcher {

  @Override
  public SearchResponse search(SearchRequest request) {
    return new SearchResponse(request.query(), QueryNotes.NONE, null, 0, request.page(), request.size(), 0, List.of(),
        new SearchResponse.DateFacets(List.of(), List.of(), List.of()), List.of());
  }

  @Override
  public List<Suggestion> suggest(String query, int size) {
    return List.of();
  }

  @Override
  public Optional<Paper> paper(String id) {
    return Optional.empty();
  }

  @Override
  public Optional<RelatedPapers.Related> related(String id, int size) {
    return Optional.empty();
  }

  @Override
  public int count() {
    return 0;
  }
}
