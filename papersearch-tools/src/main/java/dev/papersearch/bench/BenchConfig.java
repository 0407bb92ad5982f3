package dev.papersearch.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * What to measure and for how long.
 *
 * @param corpus folder of daily digests
 * @param scale the largest scale: the corpus ingested this many times under derived ids
 * @param out the markdown report; the SVG plot is written beside it
 * @param warmRuns timed warm indexing runs at scale 1, after one untimed warm-up; the median counts
 * @param coldIndexing also index once per system in a fresh JVM
 * @param tokenizerSeconds per analyzer and thread count
 * @param latencySeconds timed in-process search per system and variant (plus half as warm-up)
 * @param minPasses passes over the query mix at least, in the warm-up and in the timed part each
 * @param httpSeconds per connection count; 0 skips the load (cold start and idle RSS are still measured)
 * @param connections the connection counts of the HTTP load
 * @param coldStarts server starts timed; the last one serves the load
 * @param load {@code auto} (wrk when installed, else Java), {@code wrk}, {@code java} or {@code none}
 */
public record BenchConfig(
    Path corpus,
    int scale,
    Path out,
    int warmRuns,
    boolean coldIndexing,
    double tokenizerSeconds,
    double latencySeconds,
    int minPasses,
    double httpSeconds,
    List<Integer> connections,
    int coldStarts,
    String load) {

  public BenchConfig {
    if (scale < 1) {
      throw new IllegalArgumentException("--scale must be at least 1");
    }
    if (!List.of("auto", "wrk", "java", "none").contains(load)) {
      throw new IllegalArgumentException("--load must be auto, wrk, java or none");
    }
    connections = List.copyOf(connections);
  }

  /** The full run: a few minutes at scale 1, more with a larger scale. */
  public static BenchConfig full(Path corpus, int scale, Path out) {
    return new BenchConfig(corpus, scale, out, 3, true, 2, 4, 3, 10, List.of(1, 8, 32), 3, "auto");
  }

  /** Seconds instead of minutes: for trying the command and for the smoke test. */
  public static BenchConfig quick(Path corpus, int scale, Path out) {
    return new BenchConfig(corpus, scale, out, 1, true, 0.2, 0.3, 1, 1, List.of(1, 8), 1, "auto");
  }

  public BenchConfig withLoad(String newLoad) {
    return new BenchConfig(corpus, scale, out, warmRuns, coldIndexing, tokenizerSeconds, latencySeconds, minPasses, httpSeconds, connections, coldStarts, newLoad);
  }

  public BenchConfig withHttpSeconds(double seconds) {
    return new BenchConfig(corpus, scale, out, warmRuns, coldIndexing, tokenizerSeconds, latencySeconds, minPasses, seconds, connections, coldStarts, load);
  }

  /** Scale 1, the full scale, and halfway when that adds a point to the plot. */
  List<Integer> scales() {
    TreeSet<Integer> s = new TreeSet<>(List.of(1, scale));
    if (scale >= 4) {
      s.add((scale + 1) / 2);
    }
    return List.copyOf(s);
  }
}
