package dev.papersearch.typing;

import java.util.Comparator;
import java.util.Locale;

/**
 * What a search box offers to put in it while a reader types: a term, a model name, an author or a
 * title of the index, with the number of papers that use it.
 *
 * @param text the whole query to put in the box: the words typed before the one being completed, then
 *     the completion
 * @param count the papers that use the completion (a title: 1); for a term of several words the summaries
 *     gloss ({@code 강화 학습(reinforcement learning)}), how often they gloss it
 */
public record Suggestion(String text, Kind kind, int count) {

  /** Where a suggestion comes from; of two texts that differ only in case, the earlier kind's is preferred. */
  public enum Kind {
    /** A title word naming a model or method: {@code LoRA}, {@code Qwen2.5}, {@code GPT-4o}. */
    MODEL,
    /** A Korean word of the summaries, an English word of the titles, or a term the summaries gloss. */
    TERM,
    /** An author, as the digests write the name. */
    AUTHOR,
    /** A whole title. */
    TITLE;

    /** The kind as the API writes it: {@code term}, {@code model}, {@code author}, {@code title}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The most used first; of two as used, the first in text order. */
  static final Comparator<Suggestion> MOST_USED_FIRST =
      Comparator.comparingInt(Suggestion::count).reversed().thenComparing(Suggestion::text);

  /** This suggestion after the words typed before it ({@code 강화} + 학습 → 강화 학습). */
  Suggestion after(String before) {
    return before.isEmpty() ? this : new Suggestion(before + " " + text, kind, count);
  }
}
