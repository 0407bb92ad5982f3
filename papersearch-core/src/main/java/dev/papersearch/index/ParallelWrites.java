package dev.papersearch.index;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs index writes on a few threads at once, so that the analysis inside them (Nori's Viterbi
 * search is most of the cost of indexing) uses every core while the caller goes on parsing.
 *
 * <p>Lucene's {@code IndexWriter} is made for this: each thread fills its own in-memory segment.
 * The order of writes is not kept, so two writes that must happen in order (the same id twice) need
 * an {@link #await()} between them. A bounded number of writes wait at a time, so the caller cannot
 * run ahead and hold the whole corpus in memory. The first failure is rethrown by {@link #await()}
 * and by the next {@link #submit}; writes queued after it are skipped.
 */
public final class ParallelWrites implements AutoCloseable {

  /** A write that may fail with any exception, rethrown by {@link #await()}. */
  public interface Write {
    void run() throws Exception;
  }

  /** Writes waiting per thread: enough to keep a thread busy while the caller parses the next file. */
  private static final int QUEUED_PER_THREAD = 32;

  private final ExecutorService pool;
  private final Semaphore room;
  private final int capacity;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /** Writes on {@code threads} threads. */
  public ParallelWrites(int threads) {
    this.pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("index-writer", true));
    this.capacity = threads * QUEUED_PER_THREAD;
    this.room = new Semaphore(capacity);
  }

  /** As many threads as cores: the caller's parsing is a small part of the work. */
  public static ParallelWrites perCore() {
    return new ParallelWrites(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Queues {@code write}, waiting while too many are queued already; after a failure, waits for the
   * writes in flight and rethrows it instead.
   */
  public void submit(Write write) {
    if (failure.get() != null) {
      await();
    }
    room.acquireUninterruptibly();
    pool.execute(
        () -> {
          try {
            if (failure.get() == null) {
              write.run();
            }
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          } finally {
            room.release();
          }
        });
  }

  /**
   * Waits until every write submitted so far has run, then rethrows the first failure: an unchecked
   * one as it was, a checked one wrapped.
   */
  public void await() {
    drain();
    Throwable e = failure.get();
    if (e instanceof RuntimeException re) {
      throw re;
    }
    if (e instanceof Error err) {
      throw err;
    }
    if (e != null) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private void drain() {
    room.acquireUninterruptibly(capacity);
    room.release(capacity);
  }

  /** Waits for the writes submitted, then stops the threads; failures are left to {@link #await()}. */
  @Override
  public void close() {
    drain();
    pool.shutdown();
  }
}
