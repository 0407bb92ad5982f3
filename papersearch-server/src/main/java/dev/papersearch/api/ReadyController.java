package dev.papersearch.api;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code GET /ready}: 200 when the index is loaded and searchable, 503 while starting, stopping or
 * when the index cannot be read. An index that stopped taking writes still serves searches, so it
 * stays ready and says {@code "writable":false}.
 */
final class ReadyController {

  /** The body of {@code GET /ready}; {@code reason} is null when ready. */
  record Ready(String status, String reason, int papers, boolean writable) {}

  private final Service service;

  ReadyController(Service service) {
    this.service = service;
  }

  void ready(Context ctx) {
    Optional<String> notReady = service.readiness().reason();
    BackendStats stats;
    try {
      stats = service.stats().get();
    } catch (RuntimeException e) {
      ctx.status(503).json(new Ready("not ready", "the index cannot be read: " + e.getMessage(), 0, false));
      return;
    }
    boolean writable = stats.writeFailure().isEmpty();
    if (notReady.isPresent()) {
      ctx.status(503).json(new Ready("not ready", notReady.get(), stats.papers(), writable));
    } else {
      ctx.json(new Ready("ready", stats.writeFailure().orElse(null), stats.papers(), writable));
    }
  }
}
