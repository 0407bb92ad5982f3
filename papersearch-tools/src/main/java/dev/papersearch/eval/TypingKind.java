package dev.papersearch.eval;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.analysis.Ime;
import dev.papersearch.analysis.Jamo;
import dev.papersearch.analysis.Keyboard;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The ways the typing sets type a term short of the whole of it, each made from the term alone. */
enum TypingKind {
  /** The first 40% of its keystrokes, as the IME shows them ({@code 트랜스포머} → 트래). */
  PREFIX_40("prefix-40", term -> Optional.of(typedTo(term, 0.4))),
  /** The first 70% ({@code 트랜스포머} → 트랜슾). */
  PREFIX_70("prefix-70", term -> Optional.of(typedTo(term, 0.7))),
  /** One slip ({@link Slips}). */
  SLIP("slip", Slips::of),
  /** Typed with the keyboard in the other mode: {@code 트랜스포머} → xmfostmvhaj, {@code lora} → ㅣㅐㄱㅁ. */
  WRONG_MODE("wrong-mode", term -> Optional.of(isKorean(term) ? Keyboard.toQwerty(term) : Keyboard.toHangul(term))),
  /** The initial consonants of a Korean term ({@code 강화 학습} → ㄱㅎ ㅎㅅ). */
  CHOSEONG("choseong", term -> isKorean(term) ? Optional.of(Jamo.choseong(term)) : Optional.empty());

  private final String label;
  private final Function<String, Optional<String>> input;

  TypingKind(String label, Function<String, Optional<String>> input) {
    this.label = label;
    this.input = input;
  }

  String label() {
    return label;
  }

  /** What is typed for {@code term}, or empty when this kind does not apply to it. */
  Optional<String> input(String term) {
    return input.apply(term);
  }

  /** Whether {@code term} is Korean: it has a Hangul syllable. */
  static boolean isKorean(String term) {
    return term.chars().anyMatch(Hangul::isSyllable);
  }

  /** What the IME shows after {@code share} of the keystrokes of {@code term}, one at least, one short at most. */
  private static String typedTo(String term, double share) {
    List<String> states = Ime.states(term);
    int keys = (int) Math.max(1, Math.min(states.size() - 1, Math.round(share * states.size())));
    return states.get(keys - 1);
  }
}
