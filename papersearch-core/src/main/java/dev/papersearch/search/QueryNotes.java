package dev.papersearch.search;

import java.util.List;

/**
 * What of a query its {@link QueryBudget} left out, so a reader (and {@code /metrics}) can see it:
 * empty lists for every query of ordinary length.
 *
 * @param plainWords words searched only as typed, in each field, without the expansions the first
 *     words get (spellings, translations, synonyms, character pairs)
 * @param droppedWords what was not searched at all, as typed: words, {@code "phrases"} in quotes and
 *     {@code -exclusions} with their minus
 */
public record QueryNotes(List<String> plainWords, List<String> droppedWords) {

  /** Nothing left out. */
  public static final QueryNotes NONE = new QueryNotes(List.of(), List.of());

  public QueryNotes {
    plainWords = List.copyOf(plainWords);
    droppedWords = List.copyOf(droppedWords);
  }

  /**
   * Whether the whole query was searched as for a short one. Not named like a bean property, so the
   * API's JSON has the two lists only.
   */
  public boolean searchedWhole() {
    return plainWords.isEmpty() && droppedWords.isEmpty();
  }
}
