package dev.papersearch.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.papersearch.config.Settings;
import dev.papersearch.search.Laps;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.SearchTimeoutException;
import dev.papersearch.search.SearchUnavailableException;
import dev.papersearch.search.Searcher;
import dev.papersearch.search.StageScores;
import dev.papersearch.typing.Suggestion;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin application: API routes (a controller each), the search page and widget ({@link WebPage}), CORS
 * ({@link Cors}), query strings that must decode ({@link QueryString}), the admin routes
 * ({@link AdminController}), readiness, limits, JSON mapping and the one place that turns every
 * failure into {@code {"error":{"status","message"}}}. Used by {@code serve} and by tests on port 0.
 */
public final class ApiServer {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private ApiServer() {}

  /**
   * JSON as the API writes it: snake_case names, nulls left out only by choice (of error bodies, a
   * hit's {@code explain} unless asked for, and a {@code correction} unless there was one).
   */
  static ObjectMapper objectMapper() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .setSerializationInclusion(JsonInclude.Include.ALWAYS)
        .addMixIn(SearchResponse.class, ResponseJson.class)
        .addMixIn(SearchResponse.Hit.class, HitJson.class)
        .addMixIn(Suggestion.Kind.class, KindJson.class);
  }

  /**
   * How a {@link SearchResponse} is written: without {@code correction} when searched as typed, and
   * without its laps, which the {@code Server-Timing} header has.
   */
  private abstract static class ResponseJson {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract SearchResponse.Correction correction();

    @JsonIgnore
    abstract List<Laps.Lap> laps();
  }

  /** How a {@link SearchResponse.Hit} is written: without {@code explain} unless the search asked. */
  private abstract static class HitJson {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract List<StageScores.StageScore> explain();
  }

  /** How a {@link Suggestion.Kind} is written: {@code term}, {@code model}, {@code author}, {@code title}. */
  private abstract static class KindJson {
    @JsonValue
    abstract String label();
  }

  /** A search-only application (no admin routes, ready at once), not yet started. */
  public static Javalin create(Searcher searcher, Settings settings) {
    return create(searcher, settings, Service.searchOnly(searcher));
  }

  /** The application, not yet started; {@code settings.port()} is where {@link Javalin#start()} listens. */
  public static Javalin create(Searcher searcher, Settings settings, Service service) {
    Settings.Operations ops = settings.ops();
    SearchGate gate = new SearchGate(ops.maxConcurrentSearches(), ops.searchQueueTimeout());
    SearchController search = new SearchController(searcher, settings, service, gate);
    SuggestController suggest = new SuggestController(searcher, settings);
    PaperController papers = new PaperController(searcher, gate);
    FeedController feed = new FeedController(searcher, settings, service, gate);
    OpenSearchController openSearch = new OpenSearchController(settings);
    ReadyController ready = new ReadyController(service);
    Metrics metrics = new Metrics(service);
    AccessLog accessLog = ops.accessLog() ? new AccessLog(System.out) : null;
    Cors cors = new Cors(settings.corsOrigins(), settings.publicOrigin());
    return Javalin.create(
        cfg -> {
          cfg.jetty.host = settings.host();
          cfg.jetty.port = settings.port();
          cfg.jsonMapper(new JavalinJackson(objectMapper(), false));
          cfg.http.prefer405over404 = true;
          cfg.http.maxRequestSize = ops.maxBodyBytes();
          cfg.startup.showJavalinBanner = false;
          cfg.startup.showOldJavalinVersionWarning = false;
          cfg.routes.before(ctx -> refuseLargeBodies(ctx, ops.maxBodyBytes()));
          cfg.routes.get("/api/search", search::search);
          cfg.routes.get("/api/suggest", suggest::suggest);
          cfg.routes.get("/api/papers/{id}", papers::paper);
          cfg.routes.get("/api/papers/{id}/related", papers::related);
          cfg.routes.get(FeedController.PATH, feed::feed);
          cfg.routes.get("/opensearch.xml", openSearch::description);
          cfg.routes.get("/health", papers::health);
          cfg.routes.get("/ready", ready::ready);
          cfg.routes.get("/metrics", metrics::scrape);
          cfg.requestLogger.http(
              (ctx, millis) -> {
                metrics.record(ctx, millis);
                if (accessLog != null) {
                  accessLog.log(ctx, millis);
                }
              });
          AdminController.install(cfg, ops.adminToken(), service.live());
          cors.install(cfg);
          QueryString.install(cfg);
          WebPage.install(cfg);
          JettyHardening.install(cfg, ops.shutdownTimeout());
          errors(cfg, ops.maxBodyBytes());
        });
  }

  /**
   * A body announced as too large is refused before it is read; a body without a length is cut off
   * at the same limit while read ({@code maxRequestSize}).
   */
  private static void refuseLargeBodies(Context ctx, int maxBytes) {
    if (ctx.contentLength() > maxBytes) {
      throw new ApiException(
          413, "the request body has " + ctx.contentLength() + " bytes; at most " + maxBytes + " are accepted");
    }
  }

  private static void errors(JavalinConfig cfg, int maxBodyBytes) {
    cfg.routes.exception(ApiException.class, (e, ctx) -> refused(ctx, e));
    cfg.routes.exception(SearchTimeoutException.class, (e, ctx) -> refused(ctx, new ApiException(503, e.getMessage())));
    cfg.routes.exception(
        SearchUnavailableException.class, (e, ctx) -> refused(ctx, new ApiException(503, e.getMessage())));
    cfg.routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            error(
                ctx,
                e.getStatus(),
                switch (e.getStatus()) {
                  case 405 -> ctx.method() + " is not allowed on " + ctx.path();
                  case 413 -> "the request body is larger than the " + maxBodyBytes + " bytes accepted";
                  default -> e.getMessage();
                }));
    // Javalin decodes path parameters with URLDecoder, which rejects a malformed %-escape.
    cfg.routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> {
          if (String.valueOf(e.getMessage()).startsWith("URLDecoder:")) {
            error(ctx, 400, "the path has a malformed %-escape (" + e.getMessage() + ")");
          } else {
            internalError(ctx, e);
          }
        });
    cfg.routes.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
    cfg.routes.error(404, ctx -> errorIfEmpty(ctx, "no such resource: " + ctx.path()));
    cfg.routes.error(405, ctx -> errorIfEmpty(ctx, ctx.method() + " is not allowed on " + ctx.path()));
  }

  /** A 503 is for now only (time limit, busy): clients may retry after a second. */
  private static void refused(Context ctx, ApiException e) {
    if (e.status() == 503) {
      ctx.header(Header.RETRY_AFTER, "1");
    }
    ctx.status(e.status()).json(e.body());
  }

  private static void internalError(Context ctx, Exception e) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    error(ctx, 500, "internal error; the server log has the details");
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(ErrorBody.of(status, message));
  }

  /** Error pages only fill responses that no handler has answered with a body of its own. */
  private static void errorIfEmpty(Context ctx, String message) {
    if (ctx.resultInputStream() == null) {
      error(ctx, ctx.status().getCode(), message);
    }
  }
}
