package dev.papersearch.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.papersearch.typing.TypedWords.Meant;
import dev.papersearch.typing.TypedWords.Reading;
import dev.papersearch.typing.Vocabulary.Word;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What typed words are read as, over a small hand-made vocabulary where "known" means "in it". */
class TypedWordsTest {

  private static final Vocabulary WORDS =
      Vocabulary.of(
          List.of(
              new Word("트랜스포머", 800), new Word("트랜스", 3), new Word("확산", 600), new Word("확률", 300),
              new Word("모델", 2000), new Word("모", 5), new Word("신경망", 300), new Word("학습", 3000),
              new Word("transformer", 900), new Word("transformers", 200), new Word("lora", 200),
              new Word("qwen", 100), new Word("attention", 500), new Word("self", 50), new Word("task", 400),
              new Word("model", 1500), new Word("models", 1700)));

  private static Meant read(String text, boolean lastIsBeingTyped, Set<Reading> readings) {
    TypedWords typed = new TypedWords(WORDS, w -> WORDS.word(w).isPresent(), readings);
    return typed.read(text, Arrays.asList(text.split(" ")), lastIsBeingTyped);
  }

  private static Meant read(String text) {
    return read(text, true, EnumSet.allOf(Reading.class));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "트랜슾, 트랜스포머", // ㅍ still the final of 스, as the IME shows it
    "트랜스, 트랜스포머", // a word of its own, but 3 papers beside 800
    "트랜, 트랜스포머",
    "ㅌ, 트랜스포머",
    "확산 몯, 확산 모델",
    "홗, 확산", // of 확산 and 확률 the more used
    "transfo, transformer",
    "self-atten, self-attention",
  })
  void theLastWordIsCompletedAtTheLevelOfKeysAndNotReportedAsACorrection(String typed, String meant) {
    Meant m = read(typed);
    assertEquals(meant, String.join(" ", m.words()));
    assertNull(m.correctedText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"트랜스포머", "확산", "model", "모델", "학습"})
  void aWholeWordIsLeftAsTyped(String typed) {
    assertEquals(List.of(typed), read(typed).words());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "xmfostmvhaj, 트랜스포머", // 트랜스포머 typed in English mode
    "ghkrtks ahepf, 확산 모델",
    "ㅣㅐㄱㅁ, lora", // LoRA typed in Korean mode
    "ㅌㄹㅅㅍㅁ, 트랜스포머", // initial consonants
    "모댈 학습, 모델 학습", // a confused vowel: one key
    "신겅망, 신경망",
    "ㅗㅁ델, 모델", // two neighbouring keys swapped, as the IME shows them
    "transfromer, transformer",
    "taks, task", // at 4 letters, only a swap of neighbours
  })
  void anUnknownWordIsReadAsTheWordItWasMeantAsAndReported(String typed, String meant) {
    Meant m = read(typed, false, EnumSet.allOf(Reading.class));
    assertEquals(meant, String.join(" ", m.words()));
    assertEquals(meant, m.correctedText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"tadk", "GPT-4", "zzqx", "가나다라마바", "Qwne2.5", "파이4"})
  void whatIsNoWordsSlipOrConversionIsLeftAsTyped(String typed) {
    Meant m = read(typed, false, EnumSet.allOf(Reading.class));
    assertEquals(List.of(typed), m.words());
    assertNull(m.correctedText());
  }

  @Test
  void inALongerQueryALastWordOfTheIndexIsTakenAsTypedAndSlipsAreLeftAlone() {
    assertEquals(List.of("확산", "모델", "학습", "모"), read("확산 모델 학습 모").words());
    assertEquals(List.of("확산", "모델", "학습", "트랜스포머"), read("확산 모델 학습 트랜슾").words());
    assertEquals(List.of("확산", "모댈", "학습"), read("확산 모댈 학습", false, EnumSet.allOf(Reading.class)).words());
  }

  @Test
  void eachReadingCanBeSwitchedOff() {
    assertEquals(List.of("트랜슾"), read("트랜슾", true, EnumSet.of(Reading.KEYBOARD)).words());
    assertEquals(List.of("transfromer"), read("transfromer", false, EnumSet.of(Reading.COMPLETION, Reading.KEYBOARD)).words());
    assertEquals(List.of("xmfostmvhaj"), read("xmfostmvhaj", false, EnumSet.of(Reading.COMPLETION, Reading.TYPOS)).words());
  }
}
