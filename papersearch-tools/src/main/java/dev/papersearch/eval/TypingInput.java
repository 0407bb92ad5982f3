package dev.papersearch.eval;

import java.util.Arrays;
import java.util.List;

/**
 * One input of the typing sets: a term typed short of its whole in one {@link TypingKind}, so that
 * the evaluation and {@code bench} type the same inputs.
 *
 * @param term the term meant
 * @param kind the kind's label ({@code prefix-40}, {@code slip}, …)
 * @param typed what is typed
 */
public record TypingInput(String term, String kind, String typed) {

  /** The inputs of {@code term}, in {@link TypingKind} order; kinds that do not apply to it are left out. */
  public static List<TypingInput> of(String term) {
    return Arrays.stream(TypingKind.values())
        .flatMap(k -> k.input(term).map(typed -> new TypingInput(term, k.label(), typed)).stream())
        .toList();
  }

  /** Every kind's label, in {@link TypingKind} order. */
  public static List<String> kinds() {
    return Arrays.stream(TypingKind.values()).map(TypingKind::label).toList();
  }

  /** Whether {@code term} is Korean: it has a Hangul syllable. */
  public static boolean isKorean(String term) {
    return TypingKind.isKorean(term);
  }
}
