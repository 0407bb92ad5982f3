package dev.papersearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a request's time went, stage by stage in the order the stages ran: a stopwatch read at the end
 * of each ({@code read}, {@code build}, {@code collect}, {@code hits}, {@code facets} of a search), so
 * that what a client waits for can be set against what each stage spent.
 */
public final class Laps {

  /** One stage and the nanoseconds it took. */
  public record Lap(String stage, long nanos) {}

  private final List<Lap> laps = new ArrayList<>();
  private final long start;
  private long last;

  /** Starts the stopwatch: the first stage runs from now. */
  public Laps() {
    start = System.nanoTime();
    last = start;
  }

  /** Ends the stage {@code stage}, which ran from the end of the one before. */
  public void lap(String stage) {
    long now = System.nanoTime();
    laps.add(new Lap(stage, now - last));
    last = now;
  }

  /**
   * Ends a stage that was timed by its own laps ({@code inner}, a searcher's), and what they leave of
   * the time since the last lap as the stage {@code rest}.
   */
  public void lapWithin(List<Lap> inner, String rest) {
    long now = System.nanoTime();
    long timed = inner.stream().mapToLong(Lap::nanos).sum();
    laps.addAll(inner);
    laps.add(new Lap(rest, Math.max(0, now - last - timed)));
    last = now;
  }

  /** The laps so far, in order. */
  public List<Lap> laps() {
    return List.copyOf(laps);
  }

  /** Milliseconds from the start to the last lap, rounded to the nearest. */
  public long millis() {
    return Math.round((last - start) / 1e6);
  }
}
