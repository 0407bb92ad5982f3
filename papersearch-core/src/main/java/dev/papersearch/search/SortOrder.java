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

  /**
   * Which papers a query of several words lists in this order. By relevance, those with any word: a
   * paper with only some of them still ranks, below those with all. In an order that ignores
   * relevance, those with most words ({@link PaperQueryBuilder.WordMatch#MOST}, each as typed or
   * through the glossary's translations): newest first, a paper that only says 모델 would come before
   * the diffusion papers that {@code 확산 모델} asks for.
   */
  public PaperQueryBuilder.WordMatch wordMatch() {
    return this == RELEVANCE ? PaperQueryBuilder.WordMatch.ANY : PaperQueryBuilder.WordMatch.MOST;
  }
}
