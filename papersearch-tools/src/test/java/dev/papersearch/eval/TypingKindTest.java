package dev.papersearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inputs the typing sets make of a term, golden: the same on every run. */
class TypingKindTest {

  private static List<String> inputs(String term) {
    return Arrays.stream(TypingKind.values()).map(k -> k.input(term).orElse("-")).toList();
  }

  @Test
  void aKoreanTermAsTheImeShowsItPartlyTypedMistypedInEnglishModeAndAsInitials() {
    assertEquals(List.of("트래", "트랜슾", "트렌스포머", "xmfostmvhaj", "ㅌㄹㅅㅍㅁ"), inputs("트랜스포머"));
    // 40% of 확산 모델's 13 keys is 5: the IME shows the double final before the vowel splits it.
    assertEquals(List.of("홗", "확산 ㅁ", "확산 모댈", "ghkrtks ahepf", "ㅎㅅ ㅁㄷ"), inputs("확산 모델"));
  }

  @Test
  void aKoreanSlipIsAConfusedVowelOrTwoKeystrokesSwapped() {
    assertEquals(Optional.of("임배딩"), Slips.of("임베딩"));
    // ㅎㅏㄱㅅㅡㅂ with ㄱ and ㅅ swapped composes 핫 + 급.
    assertEquals(Optional.of("강화 핫급"), Slips.of("강화 학습"));
  }

  @Test
  void anEnglishTermPartlyTypedWithTwoLettersSwappedAndInKoreanMode() {
    assertEquals(List.of("diff", "diffus", "diffusino", "얄려냐ㅐㅜ", "-"), inputs("diffusion"));
    // Shift on R types ㄲ in Korean mode.
    assertEquals(List.of("Lo", "LoR", "oLRA", "ㅣㅐㄲㅁ", "-"), inputs("LoRA"));
    // Only letters are swapped, never a hyphen or a digit.
    assertEquals(Optional.of("PGT-4o"), Slips.of("GPT-4o"));
  }

  @Test
  void aTermWithoutTwoDifferentLettersSideBySideHasNoSlip() {
    assertEquals(Optional.empty(), Slips.of("a-b"));
  }
}
