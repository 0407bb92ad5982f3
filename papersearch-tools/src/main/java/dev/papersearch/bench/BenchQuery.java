package dev.papersearch.bench;

import dev.papersearch.search.DateRange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * One query of the benchmark mix, run unchanged by every system.
 *
 * @param kind {@code ko}, {@code en}, {@code mixed}, {@code author} or {@code date}
 * @param text the words as a user types them; empty for a date-only query
 * @param dates the inclusive day filter, {@link DateRange#ALL} for none
 */
public record BenchQuery(String kind, String text, DateRange dates) {

  /** Lowest and highest ISO days, so engines without open ranges can always bind both ends. */
  static final String FIRST_DAY = "0000-01-01";

  static final String LAST_DAY = "9999-12-31";

  public boolean isEmpty() {
    return text.isBlank();
  }

  /** {@code from} as ISO text, or the lowest day when open. */
  String fromText() {
    return dates.from() == null ? FIRST_DAY : dates.from().toString();
  }

  /** {@code to} as ISO text, or the highest day when open. */
  String toText() {
    return dates.to() == null ? LAST_DAY : dates.to().toString();
  }

  /** The same search as the API request the web page would send. */
  public String apiPath() {
    StringBuilder path = new StringBuilder("/api/search?q=").append(encode(text));
    append(path, "from", dates.from());
    append(path, "to", dates.to());
    return path.toString();
  }

  private static void append(StringBuilder path, String name, LocalDate day) {
    if (day != null) {
      path.append('&').append(name).append('=').append(day);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
