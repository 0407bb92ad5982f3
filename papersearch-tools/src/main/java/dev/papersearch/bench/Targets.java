package dev.papersearch.bench;

import dev.papersearch.bench.BenchResults.IndexingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The targets of the benchmark issue, checked against one run (papersearch with highlights and facets). */
final class Targets {

  /**
   * One target.
   *
   * @param measured the figure, with its unit
   * @param ofTarget measured ÷ target, so ≤ ×1.00 meets an upper bound and ≥ ×1.00 a lower one
   * @param met {@code null} when this run did not measure it
   */
  record Check(String target, String measured, String ofTarget, Boolean met) {}

  private static final String PS = EngineSpec.PAPERSEARCH;

  private Targets() {}

  static List<Check> check(BenchResults r) {
    List<Check> checks = new ArrayList<>();
    Optional<IndexingResult> index1 = r.indexing(PS, 1);
    checks.add(
        index1
            .map(i -> atMost("Full corpus indexed warm in ≤ 2.5 s (≥ 2,200 papers/s at 5,487 papers)",
                i.seconds(), 2.5, Fmt.seconds(i.seconds()) + " s, " + Fmt.count(i.papersPerSecond()) + " papers/s"))
            .orElse(missing("Full corpus indexed warm in ≤ 2.5 s")));
    Optional<IndexingResult> nori = r.indexing(EngineSpec.NORI_DEFAULT, 1);
    checks.add(
        index1.isPresent() && nori.isPresent()
            ? atMost("Warm indexing ≤ 1.3× the Nori-defaults Lucene baseline",
                index1.get().seconds() / nori.get().seconds(), 1.3,
                Fmt.ratio(index1.get().seconds(), nori.get().seconds()) + " (" + Fmt.seconds(index1.get().seconds()) + " s vs "
                    + Fmt.seconds(nori.get().seconds()) + " s)")
            : missing("Warm indexing ≤ 1.3× the Nori-defaults Lucene baseline"));
    Optional<LatencyBench.Result> search1 = r.search(PS, true, 1);
    checks.add(search1.map(s -> atMost("In-process p50 ≤ 1 ms", s.latency().p50(), 1, Fmt.ms(s.latency().p50()) + " ms")).orElse(missing("In-process p50 ≤ 1 ms")));
    checks.add(search1.map(s -> atMost("In-process p99 ≤ 5 ms", s.latency().p99(), 5, Fmt.ms(s.latency().p99()) + " ms")).orElse(missing("In-process p99 ≤ 5 ms")));
    http(r, checks);
    scale(r, checks, index1, search1);
    Optional<LatencyBench.Result> sqlite = r.search(EngineSpec.SQLITE, true, 1);
    checks.add(
        search1.isPresent() && sqlite.isPresent()
            ? atLeast("Faster than SQLite FTS5 trigram on the query mix (QPS, both with highlights and facets)",
                search1.get().qps() / sqlite.get().qps(), 1.0,
                Fmt.count(search1.get().qps()) + " vs " + Fmt.count(sqlite.get().qps()) + " QPS ("
                    + Fmt.ratio(search1.get().qps(), sqlite.get().qps()) + ")")
            : missing("Faster than SQLite FTS5 trigram"));
    checks.addAll(typing(r.typing()));
    return checks;
  }

  /**
   * Issue #22's cost targets: typing inputs against the same terms typed whole in the same run, and
   * {@code /api/suggest}; {@code typing} may be {@code null}.
   */
  static List<Check> typing(TypingBench.Result typing) {
    String p50 = "Typing inputs: in-process p50 ≤ 1.2× that of the same terms typed whole";
    String p99 = "Typing inputs: in-process p99 ≤ 1.2× that of the same terms typed whole";
    String suggest = "`/api/suggest` in-process p99 ≤ 5 ms";
    if (typing == null || typing.typing().latency().count() == 0) {
      return List.of(missing(p50), missing(p99), missing(suggest));
    }
    Latency t = typing.typing().latency();
    Latency w = typing.whole().latency();
    Latency s = typing.suggest().latency();
    return List.of(
        atMost(p50, typing.p50Ratio(), 1.2, Fmt.ratio(t.p50(), w.p50()) + " (" + Fmt.ms(t.p50()) + " vs " + Fmt.ms(w.p50()) + " ms)"),
        atMost(p99, typing.p99Ratio(), 1.2, Fmt.ratio(t.p99(), w.p99()) + " (" + Fmt.ms(t.p99()) + " vs " + Fmt.ms(w.p99()) + " ms)"),
        atMost(suggest, s.p99(), 5, Fmt.ms(s.p99()) + " ms"));
  }

  private static void http(BenchResults r, List<Check> checks) {
    HttpBench.Result http = r.http();
    if (http == null) {
      for (String t : List.of("HTTP, 8 connections: ≥ 0.5× bare Lucene-Nori's single-thread QPS, p50 ≤ 3 ms, p99 ≤ 15 ms, 0 errors", "Cold start to first answer ≤ 1.5 s", "RSS ≤ 300 MB under load")) {
        checks.add(missing(t));
      }
      return;
    }
    Optional<LoadClient.Result> eight =
        http.loads().stream().map(HttpBench.Load::result).filter(l -> l.connections() == 8).findFirst();
    if (eight.isPresent()) {
      LoadClient.Result l = eight.get();
      String peer = "HTTP, 8 connections: ≥ 0.5× the single-thread QPS of bare Lucene-Nori on the same queries";
      checks.add(
          r.distinct(EngineSpec.NORI_DEFAULT)
              .map(n -> atLeast(peer, l.requestsPerSecond() / n.qps(), 0.5,
                  Fmt.count(l.requestsPerSecond()) + " req/s vs " + Fmt.count(n.qps()) + " QPS ("
                      + Fmt.ratio(l.requestsPerSecond(), n.qps()) + ")"))
              .orElse(missing(peer)));
      checks.add(atMost("HTTP, 8 connections: p50 ≤ 3 ms", l.latency().p50(), 3, Fmt.ms(l.latency().p50()) + " ms"));
      checks.add(atMost("HTTP, 8 connections: p99 ≤ 15 ms", l.latency().p99(), 15, Fmt.ms(l.latency().p99()) + " ms"));
    } else {
      checks.add(missing("HTTP, 8 connections: ≥ 0.5× bare Lucene-Nori's QPS, p50 ≤ 3 ms, p99 ≤ 15 ms"));
    }
    long errors = http.loads().stream().mapToLong(l -> l.result().errors()).sum();
    long requests = http.loads().stream().mapToLong(l -> l.result().requests()).sum();
    checks.add(
        http.loads().isEmpty()
            ? missing("HTTP: 0 errors")
            : new Check("HTTP: 0 errors at every connection count", errors + " of " + Fmt.count(requests), "–", errors == 0));
    checks.add(atMost("Cold start to first answer ≤ 1.5 s (median)", http.medianColdStartMillis() / 1e3, 1.5, Fmt.seconds(http.medianColdStartMillis() / 1e3) + " s"));
    checks.add(
        http.loads().isEmpty()
            ? missing("RSS ≤ 300 MB under load")
            : atMost("RSS ≤ 300 MB under load (peak, " + ChildJvm.serverFlags() + ")", http.rssPeakBytes() / 1e6, 300, Fmt.mb(http.rssPeakBytes()) + " MB"));
  }

  private static void scale(BenchResults r, List<Check> checks, Optional<IndexingResult> index1, Optional<LatencyBench.Result> search1) {
    int n = r.config().scale();
    String at = "At " + n + "× scale" + (n == 10 ? "" : " (the issue asks 10×)");
    Optional<IndexingResult> indexN = r.indexing(PS, n);
    Optional<LatencyBench.Result> searchN = r.search(PS, true, n);
    if (n == 1 || index1.isEmpty() || indexN.isEmpty() || search1.isEmpty() || searchN.isEmpty()) {
      checks.add(missing("At 10× scale: indexing time grows at most linearly; p99 at most doubles (run with --scale 10)"));
      return;
    }
    double growth = indexN.get().seconds() / index1.get().seconds();
    checks.add(atMost(at + ": indexing time grows at most linearly (≤ ×" + n + ")", growth / n, 1,
        Fmt.ratio(indexN.get().seconds(), index1.get().seconds()) + " for ×" + n + " papers (" + Fmt.seconds(indexN.get().seconds()) + " s)"));
    double p99 = searchN.get().latency().p99() / search1.get().latency().p99();
    checks.add(atMost(at + ": in-process p99 at most doubles", p99 / 2, 1,
        Fmt.ratio(searchN.get().latency().p99(), search1.get().latency().p99()) + " (" + Fmt.ms(searchN.get().latency().p99()) + " ms)"));
  }

  private static Check atMost(String target, double value, double bound, String measured) {
    return new Check(target, measured, Fmt.ratio(value, bound), value <= bound);
  }

  private static Check atLeast(String target, double value, double bound, String measured) {
    return new Check(target, measured, Fmt.ratio(value, bound), value >= bound);
  }

  private static Check missing(String target) {
    return new Check(target, "not measured in this run", "–", null);
  }
}
