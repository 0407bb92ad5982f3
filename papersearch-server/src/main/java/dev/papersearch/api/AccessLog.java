package dev.papersearch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.PrintStream;
import java.time.Instant;

/** One JSON line per request on standard output, for log collectors; {@code server.access-log}. */
final class AccessLog {

  /** A logged request; {@code query} is the raw query string, cut at 1,000 characters. */
  record Line(String time, String method, String path, String query, String route, int status, double ms, String client) {}

  private static final int MAX_QUERY = 1000;
  private static final ObjectMapper JSON = ApiServer.objectMapper();

  private final PrintStream out;

  AccessLog(PrintStream out) {
    this.out = out;
  }

  void log(Context ctx, float millis) {
    String query = ctx.queryString();
    Line line =
        new Line(
            Instant.now().toString(),
            ctx.method().name(),
            ctx.path(),
            query == null ? null : query.substring(0, Math.min(query.length(), MAX_QUERY)),
            Metrics.route(ctx),
            ctx.statusCode(),
            Math.round(millis * 100) / 100.0,
            ctx.ip());
    try {
      out.println(JSON.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
