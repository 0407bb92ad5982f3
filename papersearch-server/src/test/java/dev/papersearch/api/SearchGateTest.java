package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.config.Settings;
import dev.papersearch.support.Http;
import io.javalin.Javalin;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Searches beyond {@code search.max-concurrent} wait their turn, and get 503 when it does not come. */
class SearchGateTest {

  private static Javalin start(HeldSearcher searcher, String queueTimeoutMs) {
    Settings settings =
        Settings.load(null, Map.of(), Map.of("search.max-concurrent", "1", "search.queue-timeout-ms", queueTimeoutMs, "server.port", "0"));
    return ApiServer.create(searcher, settings).start();
  }

  @Test
  void aSearchWaitsForItsTurnWhileOtherRoutesAnswer() throws Exception {
    HeldSearcher searcher = new HeldSearcher();
    Javalin app = start(searcher, "30000");
    try {
      Http http = new Http(app.port());
      CompletableFuture<Http.Reply> first = CompletableFuture.supplyAsync(() -> http.get("/api/search?q=a"));
      assertTrue(searcher.entered.await(30, TimeUnit.SECONDS));
      CompletableFuture<Http.Reply> second = CompletableFuture.supplyAsync(() -> http.get("/api/search?q=b"));
      assertEquals(200, http.get("/health").status(), "other routes are not held up");
      searcher.release.countDown();
      assertEquals(200, first.get(30, TimeUnit.SECONDS).status());
      assertEquals(200, second.get(30, TimeUnit.SECONDS).status());
    } finally {
      app.stop();
    }
  }

  @Test
  void aSearchThatCannotGetATurnIs503WithRetryAfter() throws Exception {
    HeldSearcher searcher = new HeldSearcher();
    Javalin app = start(searcher, "200");
    try {
      Http http = new Http(app.port());
      CompletableFuture<Http.Reply> first = CompletableFuture.supplyAsync(() -> http.get("/api/search?q=a"));
      assertTrue(searcher.entered.await(30, TimeUnit.SECONDS));
      Http.Reply busy = http.get("/api/search?q=b");
      assertEquals(503, busy.status());
      assertEquals("1", busy.header("retry-after"));
      assertTrue(busy.json().get("error").get("message").asText().startsWith("the server is busy"), busy.body());
      searcher.release.countDown();
      assertEquals(200, first.get(30, TimeUnit.SECONDS).status());
    } finally {
      app.stop();
    }
  }
}
