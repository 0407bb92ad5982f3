package dev.papersearch.index;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for background work that must not keep the JVM alive on its own: the owner stops them
 * (and waits for their work) when it closes.
 */
public final class DaemonThreads {

  private DaemonThreads() {}

  /** Daemon threads called {@code name}, or {@code name-1}, {@code name-2}, … when {@code numbered}. */
  public static ThreadFactory named(String name, boolean numbered) {
    AtomicInteger made = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, numbered ? name + "-" + made.incrementAndGet() : name);
      t.setDaemon(true);
      return t;
    };
  }
}
