package dev.papersearch.api;

import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A searcher whose searches wait until the test lets them go. */
final class HeldSearcher extends StubSearcher {

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
    return super.search(request);
  }
}
