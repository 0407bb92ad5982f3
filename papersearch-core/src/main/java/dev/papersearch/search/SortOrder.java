package dev.papersearch.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hits are ordered; ties are always broken by newer date, then by id. */
public enum SortOrder {
  RELEVANCE,
  DATE,
  VOTES;

  /** The order named {@code value} ignoring case, as written in the API. */
  public static Optional<SortOrder> parse(String value) {
    return Arrays.stream(values()).filter(o -> o.apiName().equalsIgnoreCase(value)).findFirst();
  }

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
