package dev.papersearch.bench;

import dev.papersearch.search.Laps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each stage of a papersearch search costs (issue #23, "per-stage cost"), per query kind of the
 * mix: the searcher's own laps ({@link Laps}: read, build, collect, hits, facets), as the API's
 * {@code Server-Timing} header reports them, over whole passes of the mix in the warm JVM of the
 * in-process search.
 *
 * @param stages the stages in the order they run
 * @param meanMillis mean milliseconds of each stage per kind, then over all queries under {@link #ALL}
 * @param searches searches measured
 */
record StageCosts(List<String> stages, Map<String, Map<String, Double>> meanMillis, int searches) {

  static final String ALL = "all";

  /** Passes of the mix measured: enough for a stable mean of a 40-query mix, a few seconds. */
  static final int PASSES = 25;

  /** Runs the mix {@link #PASSES} times on {@code engine} after one pass to warm it. */
  static StageCosts run(PapersearchEngine engine, List<BenchQuery> mix) {
    mix.forEach(engine::laps);
    List<String> stages = new ArrayList<>();
    Map<String, Map<String, double[]>> sums = new LinkedHashMap<>(); // kind -> stage -> {nanos, count}
    int searches = 0;
    for (int pass = 0; pass < PASSES; pass++) {
      for (BenchQuery q : mix) {
        for (Laps.Lap lap : engine.laps(q)) {
          if (!stages.contains(lap.stage())) {
            stages.add(lap.stage());
          }
          for (String kind : List.of(q.kind(), ALL)) {
            double[] sum = sums.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(lap.stage(), s -> new double[2]);
            sum[0] += lap.nanos();
            sum[1]++;
          }
        }
        searches++;
      }
    }
    Map<String, Map<String, Double>> means = new LinkedHashMap<>();
    Map<String, double[]> all = sums.remove(ALL);
    if (all != null) {
      sums.put(ALL, all); // last, after the kinds in the mix's order
    }
    sums.forEach(
        (kind, byStage) -> {
          Map<String, Double> m = new LinkedHashMap<>();
          byStage.forEach((stage, sum) -> m.put(stage, sum[0] / sum[1] / 1e6));
          means.put(kind, m);
        });
    return new StageCosts(List.copyOf(stages), means, searches);
  }
}
