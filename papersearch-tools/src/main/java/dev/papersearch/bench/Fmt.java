package dev.papersearch.bench;

import java.util.Locale;

/** Number formats of the report, in one place so every table reads the same. */
final class Fmt {

  private Fmt() {}

  static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  static String ms(double millis) {
    if (Double.isNaN(millis)) {
      return "–";
    }
    return millis < 10 ? f("%.2f", millis) : f("%.1f", millis);
  }

  static String seconds(double s) {
    return f("%.2f", s);
  }

  static String mb(long bytes) {
    return f("%.1f", bytes / 1e6);
  }

  static String count(double n) {
    return f("%,.0f", n);
  }

  /** {@code value / base} as {@code ×1.23}; a dash when either is missing. */
  static String ratio(double value, double base) {
    if (Double.isNaN(value) || Double.isNaN(base) || base == 0) {
      return "–";
    }
    double r = value / base;
    return r >= 10 ? f("×%.0f", r) : f("×%.2f", r);
  }
}
