package dev.papersearch.eval;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.analysis.Hangul.Medial;
import dev.papersearch.analysis.Ime;
import dev.papersearch.analysis.Jamo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * One typing slip in a term, chosen by a hash of the term so every run makes the same: two adjacent
 * letters swapped in English; in Korean, half the terms (those that have one) a vowel confused with its
 * look-alike (ㅐ/ㅔ, ㅓ/ㅕ, ㅗ/ㅛ, ㅜ/ㅠ), the others two adjacent jamo keystrokes swapped, as the IME
 * then composes them ({@code 트랜스포머} → 트랜스퍼머 or ㅌ르ㅐㄴ스포머).
 */
final class Slips {

  private static final Map<Integer, Integer> LOOK_ALIKES =
      Map.of(
          Medial.AE, Medial.E, Medial.E, Medial.AE, Medial.EO, Medial.YEO, Medial.YEO, Medial.EO,
          Medial.O, Medial.YO, Medial.YO, Medial.O, Medial.U, Medial.YU, Medial.YU, Medial.U);

  private Slips() {}

  /** {@code term} with one slip, or empty when it has no two different letters side by side. */
  static Optional<String> of(String term) {
    if (!TypingKind.isKorean(term)) {
      return swapped(term, i -> Character.isLetter(term.charAt(i)) && Character.isLetter(term.charAt(i + 1)))
          .map(String::valueOf);
    }
    List<Integer> vowels = positions(term.length(), i -> LOOK_ALIKES.containsKey(medial(term.charAt(i))));
    if (!vowels.isEmpty() && TypingTerms.hash(term) % 2 == 0) {
      char[] chars = term.toCharArray();
      int i = pick(term, vowels);
      chars[i] = Hangul.compose(Hangul.initial(chars[i]), LOOK_ALIKES.get(Hangul.medial(chars[i])), Hangul.fin(chars[i]));
      return Optional.of(String.valueOf(chars));
    }
    String keys = Jamo.disassemble(term);
    return swapped(keys, i -> Jamo.isJamo(keys.charAt(i)) && Jamo.isJamo(keys.charAt(i + 1))).map(k -> Ime.compose(String.valueOf(k)));
  }

  /** {@code text} with the pair at a hashed position swapped, among the pairs that pass and differ. */
  private static Optional<char[]> swapped(String text, IntPredicate pair) {
    List<Integer> at = positions(text.length() - 1, i -> pair.test(i) && text.charAt(i) != text.charAt(i + 1));
    if (at.isEmpty()) {
      return Optional.empty();
    }
    char[] chars = text.toCharArray();
    int i = pick(text, at);
    chars[i] = text.charAt(i + 1);
    chars[i + 1] = text.charAt(i);
    return Optional.of(chars);
  }

  private static List<Integer> positions(int count, IntPredicate test) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (test.test(i)) {
        out.add(i);
      }
    }
    return out;
  }

  private static int pick(String text, List<Integer> positions) {
    return positions.get((int) (TypingTerms.hash(text) / 2 % positions.size()));
  }

  /** The vowel number of a syllable, -1 for any other character. */
  private static int medial(char c) {
    return Hangul.isSyllable(c) ? Hangul.medial(c) : -1;
  }
}
