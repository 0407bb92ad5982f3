package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.config.Settings;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.Searcher;
import dev.papersearch.support.Http;
import io.javalin.Javalin;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping the server lets a request in flight finish with its answer. */
class GracefulStopTest {

  /** A searcher whose searches wait until the test lets them go. */
  private static final class HeldSearcher implements Searcher {
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
      return new SearchResponse(request.query(), 0, request.page(), request.size(), 0, List.of(),
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

  @Test
  void aRequestInFlightFinishesWhileTheServerStops() throws Exception {
    HeldSearcher searcher = new HeldSearcher();
    Javalin app = ApiServer.create(searcher, Settings.defaults().withPort(0)).start();
    Http http = new Http(app.port());
    CompletableFuture<Http.Reply> inFlight = CompletableFuture.supplyAsync(() -> http.get("/api/search?q=held"));
    assertTrue(searcher.entered.await(30, TimeUnit.SECONDS), "the request reached the searcher");

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::stop);
    // Stopping waits for the request rather than cutting it off.
    assertFalse(stopping.isDone());
    searcher.release.countDown();

    Http.Reply reply = inFlight.get(30, TimeUnit.SECONDS);
    assertEquals(200, reply.status(), reply.body());
    assertEquals("held", reply.json().get("query").asText());
    stopping.get(30, TimeUnit.SECONDS);
  }
}
