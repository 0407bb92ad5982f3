package dev.papersearch.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets a bounded number of searches run at once; the others wait their turn, up to a limit.
 *
 * <p>Searches are CPU-bound: 64 running together on two cores all take 32 times longer and run into
 * their time limit together. Run a few at a time, each is quick and its time limit measures the
 * search, not the crowd; the crowd waits here, bounded by {@code queueTimeout}.
 */
final class SearchGate {

  private final Semaphore permits;
  private final int size;
  private final Duration queueTimeout;

  SearchGate(int size, Duration queueTimeout) {
    this.permits = new Semaphore(size, true);
    this.size = size;
    this.queueTimeout = queueTimeout;
  }

  <T> T run(Supplier<T> search) {
    boolean admitted;
    try {
      admitted = permits.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      throw new ApiException(
          503, "the server is busy: " + size + " searches are running and the queue did not move for "
              + queueTimeout.toMillis() + " ms; retry later");
    }
    try {
      return search.get();
    } finally {
      permits.release();
    }
  }
}
