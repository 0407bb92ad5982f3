package dev.papersearch.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waits for what a server does in the background (a watched digest indexed, a day applied). */
public final class Eventually {

  private Eventually() {}

  /** Polls {@code condition} every 50 ms; fails the test naming {@code what} after 10 s. */
  public static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail(what + " within 10 s");
      }
      Thread.sleep(50);
    }
  }
}
