package dev.papersearch.bench;

import java.util.Arrays;

/** A growable array of nanosecond latencies, so recording one sample allocates nothing. */
final class Samples {

  private long[] nanos = new long[1024];
  private int count;

  void add(long n) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = n;
  }

  void addAll(Samples other) {
    for (int i = 0; i < other.count; i++) {
      add(other.nanos[i]);
    }
  }

  int count() {
    return count;
  }

  Latency latency() {
    return Latency.ofNanos(nanos, count);
  }
}
