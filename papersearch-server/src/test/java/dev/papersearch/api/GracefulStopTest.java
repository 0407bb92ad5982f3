package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.config.Settings;
import dev.papersearch.support.Http;
import io.javalin.Javalin;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping the server lets a request in flight finish with its answer. */
class GracefulStopTest {

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
