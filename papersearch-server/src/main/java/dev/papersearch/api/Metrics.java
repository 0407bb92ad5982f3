package dev.papersearch.api;

import dev.papersearch.index.LiveIndexer;
import dev.papersearch.search.QueryNotes;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * {@code GET /metrics} in Prometheus text format: requests by route, method and status with latency
 * histograms, searches cut to their query budget and the words left out, the index's papers, size,
 * last commit and searcher refreshes, and the JVM's memory and threads. One registry per server, so
 * servers in one JVM (tests) do not mix their numbers.
 */
final class Metrics {

  /** Histogram buckets from a cached search to a timed-out one. */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
    Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)
  };

  /** Prometheus text exposition format, what {@link PrometheusMeterRegistry#scrape()} writes. */
  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  /** Where a search leaves its {@link QueryNotes} for {@link #record}, which runs after the answer. */
  private static final String QUERY_NOTES = Metrics.class.getName() + ".queryNotes";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter budgetedSearches =
      Counter.builder("papersearch_search_budget_cut")
          .description("searches whose query was longer than its budget (see query_notes)")
          .register(registry);
  private final Counter plainWords = leftOut("plain");
  private final Counter droppedWords = leftOut("dropped");

  Metrics(Service service) {
    Supplier<BackendStats> stats = service.stats();
    gauge("papersearch_index_papers", "papers searchers can find", stats, s -> s.papers());
    gauge("papersearch_index_size_bytes", "size of the index folder", stats, s -> known(s.bytes()));
    gauge(
        "papersearch_index_last_commit_seconds",
        "when papers were last committed, seconds since the epoch (0: never)",
        stats,
        s -> s.lastCommit().map(t -> t.toEpochMilli() / 1e3).orElse(0.0));
    gauge("papersearch_index_writable", "1 while the index takes writes, 0 after a failed write", stats,
        s -> s.writeFailure().isEmpty() ? 1 : 0);
    service.live().ifPresent(this::corpusGauges);
    FunctionCounter.builder("papersearch_searcher_refreshes", stats, s -> known(s.get().refreshes()))
        .description("searcher refreshes after commits since start")
        .register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  private Counter leftOut(String as) {
    return Counter.builder("papersearch_search_budget_words")
        .description("words of queries over their budget: plain, searched as typed without expansions; dropped"
            + " (words, phrases, exclusions), not searched")
        .tag("as", as)
        .register(registry);
  }

  /** What the corpus folder's last reading found wrong: problems, and days kept as they were. */
  private void corpusGauges(LiveIndexer live) {
    Gauge.builder("papersearch_corpus_problems", live, l -> l.health().problems())
        .description("problems (file:line) in the corpus folder's days as last read")
        .register(registry);
    Gauge.builder("papersearch_corpus_unreadable_days", live, l -> l.health().unreadableDays().size())
        .description("days with a file that cannot be read; the index keeps their papers as they were")
        .register(registry);
  }

  /** What the backend does not know is NaN, which Prometheus shows as such rather than as a 0. */
  private static double known(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : Double.NaN;
  }

  private void gauge(String name, String help, Supplier<BackendStats> stats, ToDoubleFunction<BackendStats> value) {
    Gauge.builder(name, stats, s -> value.applyAsDouble(s.get())).description(help).register(registry);
  }

  /** Keeps what the budget left out of the query {@code ctx} searched, to be counted with the request. */
  static void noteQuery(Context ctx, QueryNotes notes) {
    ctx.attribute(QUERY_NOTES, notes);
  }

  /** Counts a finished request under the route that answered it, and what its query left out. */
  void record(Context ctx, float millis) {
    QueryNotes notes = ctx.attribute(QUERY_NOTES);
    if (notes != null && !notes.searchedWhole()) {
      budgetedSearches.increment();
      plainWords.increment(notes.plainWords().size());
      droppedWords.increment(notes.droppedWords().size());
    }
    Timer.builder("http_server_requests")
        .description("HTTP requests by route, method and status")
        .tag("route", route(ctx))
        .tag("method", ctx.method().name())
        .tag("status", String.valueOf(ctx.statusCode()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(Duration.ofNanos((long) (millis * 1e6)));
  }

  /**
   * The route pattern ({@code /api/papers/{id}}), never the raw path, so that the number of series
   * stays small whatever paths clients send.
   */
  static String route(Context ctx) {
    Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
    if (endpoint != null) {
      return endpoint.path;
    }
    return ctx.statusCode() < 400 ? "static" : "unmatched";
  }

  void scrape(Context ctx) {
    ctx.contentType(CONTENT_TYPE).result(registry.scrape());
  }
}
