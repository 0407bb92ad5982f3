package dev.papersearch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.papersearch.config.Settings;
import dev.papersearch.search.Searcher;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin application: API routes, the search page and widget ({@link WebPage}), CORS
 * ({@link Cors}), JSON mapping and the one place that turns every failure into
 * {@code {"error":{"status","message"}}}. Used by {@code serve} and by tests on port 0.
 */
public final class ApiServer {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private ApiServer() {}

  /** JSON as the API writes it: snake_case names, nulls left out of error bodies only by choice. */
  static ObjectMapper objectMapper() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .setSerializationInclusion(JsonInclude.Include.ALWAYS);
  }

  /** The application, not yet started; {@code settings.port()} is where {@link Javalin#start()} listens. */
  public static Javalin create(Searcher searcher, Settings settings) {
    SearchController search = new SearchController(searcher, settings);
    PaperController papers = new PaperController(searcher);
    Cors cors = new Cors(settings.corsOrigins());
    return Javalin.create(
        cfg -> {
          cfg.jetty.host = settings.host();
          cfg.jetty.port = settings.port();
          cfg.jsonMapper(new JavalinJackson(objectMapper(), false));
          cfg.http.prefer405over404 = true;
          cfg.startup.showJavalinBanner = false;
          cfg.startup.showOldJavalinVersionWarning = false;
          cfg.routes.get("/api/search", search::search);
          cfg.routes.get("/api/papers/{id}", papers::paper);
          cfg.routes.get("/health", papers::health);
          cors.install(cfg);
          WebPage.install(cfg);
          errors(cfg);
        });
  }

  private static void errors(JavalinConfig cfg) {
    cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    cfg.routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            error(
                ctx,
                e.getStatus(),
                e.getStatus() == 405 ? ctx.method() + " is not allowed on " + ctx.path() : e.getMessage()));
    cfg.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error; the server log has the details");
        });
    cfg.routes.error(404, ctx -> errorIfEmpty(ctx, "no such resource: " + ctx.path()));
    cfg.routes.error(405, ctx -> errorIfEmpty(ctx, ctx.method() + " is not allowed on " + ctx.path()));
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
