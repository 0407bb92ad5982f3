package dev.papersearch.api;

import java.util.Optional;

/**
 * Whether the server should get traffic, as {@code GET /ready} tells a load balancer: not while the
 * index is first loaded, nor once shutting down.
 */
public final class Readiness {

  private volatile String notReady;
  private volatile boolean stopping;

  private Readiness(String notReady) {
    this.notReady = notReady;
  }

  /** Ready from the start, for servers over an index that is already there. */
  public static Readiness ready() {
    return new Readiness(null);
  }

  /** Not ready until {@link #markReady()}, with the reason {@code /ready} gives meanwhile. */
  public static Readiness notYet(String why) {
    return new Readiness(why);
  }

  /** Ready, unless the server is already stopping. */
  public void markReady() {
    if (!stopping) {
      notReady = null;
    }
  }

  /** Not ready from now on: the server is shutting down. */
  public void markStopping() {
    stopping = true;
    notReady = "shutting down";
  }

  /** Why the server is not ready, if it is not. */
  public Optional<String> reason() {
    return Optional.ofNullable(notReady);
  }
}
