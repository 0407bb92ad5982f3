package dev.papersearch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The query mix on one thread against an open engine: warm-up, then timed passes. */
final class LatencyBench {

  /**
   * @param rich highlights and facets on
   * @param qps queries per second on one thread
   * @param cpuMillis mean CPU time of the searching thread per query: unlike latency it does not
   *     grow while the thread waits for a core, so it tells contention apart from work
   * @param noHit queries of the mix that found nothing
   * @param byKind latency per query kind
   */
  record Result(
      String system,
      boolean rich,
      int scale,
      Latency latency,
      double qps,
      double cpuMillis,
      int noHit,
      Map<String, Latency> byKind) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private LatencyBench() {}

  static Result run(String system, Engine engine, boolean rich, List<BenchQuery> mix, int scale, BenchConfig config) {
    double seconds = config.latencySeconds();
    int minPasses = config.minPasses();
    int noHit = 0;
    for (BenchQuery q : mix) {
      if (engine.search(q, rich).hits() == 0) {
        noHit++;
      }
    }
    passes(engine, rich, mix, seconds, minPasses, null); // warm-up: JIT, caches, page cache
    Map<String, Samples> byKind = new LinkedHashMap<>();
    mix.forEach(q -> byKind.computeIfAbsent(q.kind(), k -> new Samples()));
    long cpu = THREADS.getCurrentThreadCpuTime();
    long busy = passes(engine, rich, mix, seconds, minPasses, byKind);
    cpu = THREADS.getCurrentThreadCpuTime() - cpu;
    Samples all = new Samples();
    byKind.values().forEach(all::addAll);
    Map<String, Latency> kinds = new LinkedHashMap<>();
    byKind.forEach((k, s) -> kinds.put(k, s.latency()));
    return new Result(system, rich, scale, all.latency(), all.count() / (busy / 1e9), cpu / 1e6 / all.count(), noHit, kinds);
  }

  /** Whole passes over the mix for at least {@code seconds} and {@code minPasses}; returns nanos spent searching. */
  private static long passes(
      Engine engine, boolean rich, List<BenchQuery> mix, double seconds, int minPasses, Map<String, Samples> record) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long busy = 0;
    int passes = 0;
    while (passes < minPasses || System.nanoTime() < deadline) {
      for (BenchQuery q : mix) {
        long t0 = System.nanoTime();
        engine.search(q, rich);
        long took = System.nanoTime() - t0;
        busy += took;
        if (record != null) {
          record.get(q.kind()).add(took);
        }
      }
      passes++;
    }
    return busy;
  }
}
