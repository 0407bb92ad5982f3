package dev.papersearch.search;

import dev.papersearch.typing.TypedWords;
import java.util.List;

/**
 * One page of results with date facets counted over every match.
 *
 * @param query the query as understood (stripped)
 * @param queryNotes what of a long query its {@link QueryBudget} left out; empty for ordinary ones
 * @param correction the query searched instead of the one typed; {@code null} when it was searched as typed
 * @param total number of matching papers
 * @param tookMs milliseconds spent answering: by the searcher, searching, highlighting and counting;
 *     as the API answers, the whole request up to writing the body ({@link #withTookMs})
 * @param laps where the searcher's time went, stage by stage (none when it does not say); not part of
 *     the body, but of the {@code Server-Timing} header
 */
public record SearchResponse(
    String query,
    QueryNotes queryNotes,
    Correction correction,
    long total,
    int page,
    int size,
    long tookMs,
    List<Hit> hits,
    DateFacets facets,
    List<Laps.Lap> laps) {

  public SearchResponse {
    hits = List.copyOf(hits);
    laps = List.copyOf(laps);
  }

  /** This response with {@code tookMs} measured by whoever answers it: a server counts the whole request. */
  public SearchResponse withTookMs(long tookMs) {
    return new SearchResponse(query, queryNotes, correction, total, page, size, tookMs, hits, facets, laps);
  }

  /**
   * The query read otherwise than typed: a word typed in the other keyboard mode, as initial
   * consonants, or with a slip, read as a word of the index; searched, or only offered.
   *
   * @param text the query as read
   * @param applied whether the hits are those of {@code text} (else they are the typed query's, and
   *     {@code text} is offered: "did you mean")
   */
  public record Correction(String text, boolean applied) {

    /** The correction of {@code meant}: the one searched, else the one offered; {@code null} for neither. */
    public static Correction of(TypedWords.Meant meant) {
      if (meant.correctedText() != null) {
        return new Correction(meant.correctedText(), true);
      }
      return meant.offeredText() == null ? null : new Correction(meant.offeredText(), false);
    }
  }

  /**
   * A paper in a result list.
   *
   * @param votes {@code null} when the digest did not say
   * @param score relevance score of the query for this paper
   * @param titleHtml HTML-escaped title where only {@code <mark>} wraps matched words
   * @param snippets up to three HTML-escaped summary passages marked the same way
   * @param explain what each query stage added to {@code score}, the largest part first; {@code null}
   *     unless the search asked ({@link SearchRequest#explain()})
   */
  public record Hit(
      String id,
      String url,
      String title,
      String date,
      Integer votes,
      List<String> authors,
      float score,
      String titleHtml,
      List<String> snippets,
      List<StageScores.StageScore> explain) {}

  /**
   * Counts of matches per year, month and day, newest first. Days are counted only when the dates
   * searched span a month or less ({@link DateRange#isAtMostAMonth()}), where a reader picks a day;
   * over all dates they would be hundreds of buckets in every answer. {@code day} is empty otherwise.
   */
  public record DateFacets(List<FacetBucket> year, List<FacetBucket> month, List<FacetBucket> day) {}

  /** One facet value and how many matches have it. */
  public record FacetBucket(String value, long count) {}
}
