package dev.papersearch.search;

import java.time.LocalDate;

/**
 * An inclusive range of digest days; either end may be open ({@code null}).
 *
 * @throws IllegalArgumentException when {@code from} is after {@code to}
 */
public record DateRange(LocalDate from, LocalDate to) {

  public static final DateRange ALL = new DateRange(null, null);

  public DateRange {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  public boolean isAll() {
    return from == null && to == null;
  }

  /** Longest range, in days, that {@link #isAtMostAMonth()} accepts: the longest month. */
  public static final int MONTH_DAYS = 31;

  /** Whether both ends are set and the range holds at most {@link #MONTH_DAYS} days. */
  public boolean isAtMostAMonth() {
    return from != null && to != null && to.toEpochDay() - from.toEpochDay() < MONTH_DAYS;
  }

  /** The days in both ranges, or empty when they do not overlap. */
  public java.util.Optional<DateRange> intersect(DateRange other) {
    LocalDate f = later(from, other.from);
    LocalDate t = earlier(to, other.to);
    return f != null && t != null && f.isAfter(t)
        ? java.util.Optional.empty()
        : java.util.Optional.of(new DateRange(f, t));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }
}
