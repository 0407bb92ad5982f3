package dev.papersearch.api;

import dev.papersearch.ingest.Paper;
import dev.papersearch.search.QueryNotes;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.Searcher;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A searcher whose searches wait until the test lets them go. */
final class HeldSearcher implements Searcher {

  final CountDownLatch entered = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  @Override
  public SearchResponse search(SearchRequest request) {
    entered.countDown();
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new SearchResponse(request.query(), QueryNotes.NONE, null, 0, request.page(), request.size(), 0, List.of(),
        new SearchResponse.DateFacets(List.of(), List.of(), List.of()));
  }

  @Override
  public Optional<Paper> paper(String id) {
    return Optional.empty();
  }

  @Override
  public int count() {
    return 0;
  }
}
