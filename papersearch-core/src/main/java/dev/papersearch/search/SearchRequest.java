package dev.papersearch.search;

import java.util.Objects;

/**
 * A validated search: free text in any mix of Korean and English, a date range, an order and a page.
 *
 * @param query the text as typed; blank lists every paper
 * @param dates the digest days to keep
 * @param sort the order; {@code null} means relevance for a query and newest first for a blank one
 * @param page 1-based page number
 * @param size hits per page
 * @param explain whether each hit says what each query {@link Stage} added to its score
 * @param asTyped whether the words are searched as typed, none completed or corrected (the way back
 *     from a {@link SearchResponse.Correction})
 */
public record SearchRequest(
    String query, DateRange dates, SortOrder sort, int page, int size, boolean explain, boolean asTyped) {

  public SearchRequest {
    query = query == null ? "" : query.strip();
    Objects.requireNonNull(dates, "dates");
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1");
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }

  /** A search whose hits are not explained, and whose words may be read as meant. */
  public SearchRequest(String query, DateRange dates, SortOrder sort, int page, int size) {
    this(query, dates, sort, page, size, false, false);
  }

  /** A search whose words may be read as meant. */
  public SearchRequest(String query, DateRange dates, SortOrder sort, int page, int size, boolean explain) {
    this(query, dates, sort, page, size, explain, false);
  }

  /** A first page of ten hits for {@code query} over every day. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, DateRange.ALL, null, 1, 10);
  }

  /** The order actually used. */
  public SortOrder effectiveSort() {
    return sort != null ? sort : query.isEmpty() ? SortOrder.DATE : SortOrder.RELEVANCE;
  }

  /** Index of the first hit of the page among all hits. */
  public int offset() {
    return (page - 1) * size;
  }
}
