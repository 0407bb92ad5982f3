package dev.papersearch.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies, in milliseconds, by nearest rank.
 *
 * @param count samples
 */
record Latency(int count, double p50, double p90, double p99, double max, double mean) {

  static final Latency NONE = new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  static Latency ofNanos(long[] nanos, int count) {
    if (count == 0) {
      return NONE;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Latency(
        count,
        ms(rank(sorted, 0.50)),
        ms(rank(sorted, 0.90)),
        ms(rank(sorted, 0.99)),
        ms(sorted[count - 1]),
        sum / count / 1e6);
  }

  private static long rank(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
