package dev.papersearch.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.typing.TypedWords.Meant;
import dev.papersearch.typing.TypedWords.Reading;
import dev.papersearch.typing.Vocabulary.Word;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What typed words are read as, over a small hand-made vocabulary where "known" means "in it". */
class TypedWordsTest {

  private static final Vocabulary WORDS =
      vocabulary(
          List.of(
              new Word("트랜스포머", 800), new Word("트랜스", 3), new Word("확산", 600), new Word("확률", 300),
              new Word("모델", 2000), new Word("모", 5), new Word("신경망", 300), new Word("학습", 3000),
              new Word("transformer", 900), new Word("transformers", 200), new Word("LoRA", 200),
              new Word("Qwen", 100), new Word("attention", 500), new Word("self", 50), new Word("task", 400),
              new Word("model", 1500), new Word("models", 1700), new Word("가능", 5000), new Word("강화", 800),
              new Word("학생", 900), new Word("reinforcement", 300), new Word("learning", 2000),
              new Word("language", 2500), new Word("배", 4000), new Word("배치", 300), new Word("뇌", 50),
              new Word("뇌파", 400), new Word("goal", 300), new Word("해밀턴", 4), new Word("chain", 100),
              new Word("thought", 200), new Word("other", 3000), new Word("tower", 50), new Word("대형", 700),
              new Word("언어", 1200), new Word("large", 900), new Word("merge", 300), new Word("저자", 600),
              new Word("DeepSeek", 100),
              new Word("deep", 77), new Word("ChatGPT", 45), new Word("TransAgent", 1), new Word("GPT", 900),
              new Word("GPT-4o", 50), new Word("3C", 5)));

  /** A vocabulary of these words, each in one form. */
  private static Vocabulary vocabulary(List<Word> words) {
    return Vocabulary.ofForms(words.stream().collect(Collectors.toMap(Word::text, Word::count)));
  }

  /** The summaries' glosses of a few terms. */
  private static final TermWords TERMS =
      TermWords.of(
          new Glossary(
              List.of(
                  new Glossary.Entry("강화 학습", "reinforcement learning", 40), new Glossary.Entry("배치", "batch", 12),
                  new Glossary.Entry("뇌", "brain", 5), new Glossary.Entry("대형 언어 모델", "large language model", 90),
                  new Glossary.Entry("심층 학습", "deep learning", 30), new Glossary.Entry("사고의 사슬", "chain of thought", 20)),
              List.of(),
              List.of()));

  private static Meant read(String text, boolean lastIsBeingTyped, Set<Reading> readings) {
    return read(text, lastIsBeingTyped, readings, TermWords.NONE);
  }

  private static Meant read(String text, boolean lastIsBeingTyped, Set<Reading> readings, TermWords terms) {
    TypedWords typed = new TypedWords(WORDS, terms, w -> WORDS.word(w).isPresent(), readings);
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
    "ㅣㅐㄱㅁ, LoRA", // typed in Korean mode, read as papers write it
    "ㅌㄹㅅㅍㅁ, 트랜스포머", // initial consonants
    "모댈 학습, 모델 학습", // a confused vowel: one key
    "신겅망, 신경망",
    "ㅗㅁ델, 모델", // two neighbouring keys swapped, as the IME shows them
    "transfromer, transformer",
    "taks, task", // at 4 letters, only a swap of neighbours
    "Qwne2.5, Qwen2.5", // the letters of a name, never its version
    "ㅃㅈ두2, Qwen2", // and in the other mode
    "혰-4ㅐ, GPT-4o", // one syllable beside a version is a name's keys; loose jamo after a digit its letters
    "Trasnformer, Transformer", // with the capital typed
    "LoAR, LoRA", // swapped back in the case typed
    "loar, lora", // in lower case when so typed: capitals make a word a model name
    "PGT-4o, GPT-4o", // three letters: two neighbours swapped, as at four
  })
  void anUnknownWordIsReadAsTheWordItWasMeantAsAndReported(String typed, String meant) {
    Meant m = read(typed, false, EnumSet.allOf(Reading.class));
    assertEquals(meant, String.join(" ", m.words()));
    assertEquals(meant, m.correctedText());
  }

  @ParameterizedTest(name = "{0}")
  // 3ㅊ: Hangul still being typed after a number (3차원), though the index has 3C: no name before it was typed in the other mode.
  // GOT-4: at three letters (and four, tadk) a key changed is no slip read, only two swapped.
  @CsvSource({"tadk", "GPT-4", "GOT-4", "zzqx", "가나다라마바", "파이4", "Qwen2.5", "3ㅊ"})
  void whatIsNoWordsSlipOrConversionIsLeftAsTyped(String typed) {
    Meant m = read(typed, false, EnumSet.allOf(Reading.class));
    assertEquals(List.of(typed), m.words());
    assertNull(m.correctedText());
  }

  @Test
  void aFormNoPaperWritesIsReadAsTheSwapPapersWriteInAShortQueryOnly() {
    Vocabulary written = vocabulary(List.of(new Word("SLMs", 15), new Word("LSM", 1), new Word("reasoning", 900), new Word("tokenizer", 30)));
    // the index knows a word when the vocabulary has it or its stem, as the English analyzer reads titles
    TypedWords typed =
        new TypedWords(
            written,
            TermWords.NONE,
            w -> written.word(w).isPresent() || written.word(w.replaceAll("s$", "")).isPresent(),
            EnumSet.allOf(Reading.class));
    Meant slip = typed.read("LSMs", List.of("LSMs"), false);
    assertEquals(List.of("SLMs"), slip.words());
    assertEquals("SLMs", slip.correctedText());
    assertEquals(List.of("LSM"), typed.read("LSM", List.of("LSM"), false).words(), "a form papers write is meant");
    assertEquals(List.of("tokenizers"), typed.read("tokenizers", List.of("tokenizers"), false).words(), "no swap is written");
    List<String> longer = List.of("LSMs", "for", "reasoning");
    assertEquals(longer, typed.read("LSMs for reasoning", longer, false).words(), "a longer query describes, a rare form may be meant");
  }

  @Test
  void inALongerQueryALastWordOfTheIndexIsTakenAsTypedAndHangulSlipsAreOfferedNotSearched() {
    assertEquals(List.of("확산", "모델", "학습", "모"), read("확산 모델 학습 모").words());
    assertEquals(List.of("확산", "모델", "학습", "트랜스포머"), read("확산 모델 학습 트랜슾").words());
    Meant slip = read("확산 모댈 학습", false, EnumSet.allOf(Reading.class));
    assertEquals(new Meant(List.of("확산", "모댈", "학습"), null, "확산 모델 학습"), slip);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "large languaeg model, large language model", // English stems cover inflections: an unknown word is a slip
    "ㅐㄷ형 언어 모델, 대형 언어 모델", // a loose vowel is no inflection
  })
  void inALongerQueryWhatCanOnlyBeASlipIsSearchedCorrected(String typed, String meant) {
    Meant m = read(typed, false, EnumSet.allOf(Reading.class));
    assertEquals(new Meant(Arrays.asList(meant.split(" ")), meant, null), m);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "merger of large models", // a letter added makes another word as often as it mends one
    "점자 언어 모델", // 저자 is a key away, but a consonant dropped makes another word: not even offered
  })
  void inALongerQueryARareWordIsLeftAsTypedAndNothingIsOffered(String typed) {
    Meant m = read(typed, false, EnumSet.allOf(Reading.class));
    assertEquals(new Meant(Arrays.asList(typed.split(" ")), null, null), m);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "가, 강화", // a term word before 가능, which six times as many papers use
    "강화 ㅎ, 강화 학습", // the word that follows in a term before the more used 학생
    "reinforcement l, reinforcement learning", // not language
    "대형 ㅇ, 대형 언어 모델", // a term being typed, to its end
    "large la, large language model",
    "대형 언어 ㅁ, 대형 언어 모델", // the last word of the term: nothing after it
    "Dee, DeepSeek", // a capital typed is a name being typed, before the term word deep
    "Cha, ChatGPT", // before the term word chain, which more papers use
    "cha, chain",
    "Trans, transformer", // one paper's name is no name to complete to
  })
  void anUnfinishedWordIsCompletedToATermFirst(String typed, String meant) {
    assertEquals(meant, String.join(" ", read(typed, true, EnumSet.allOf(Reading.class), TERMS).words()));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "otwer, tower", // two keys swapped before one changed for a key far from it (other)
    "해미, goal", // a word typed in the other mode before the beginning of a rarer word (해밀턴)
    "초먀ㅜ-ㅐㄹ-쇄ㅕ홋, chain-of-thought", // a loose vowel is no Hangul anyone types: ㅐㄹ is of
  })
  void aSlipOrTheOtherModeIsReadAsAFingerOrAKeyboardMakesIt(String typed, String meant) {
    Meant m = read(typed);
    assertEquals(meant, String.join(" ", m.words()));
    assertEquals(meant, m.correctedText());
  }

  @Test
  void eachReadingCanBeSwitchedOff() {
    assertEquals(List.of("트랜슾"), read("트랜슾", true, EnumSet.of(Reading.KEYBOARD)).words());
    assertEquals(List.of("transfromer"), read("transfromer", false, EnumSet.of(Reading.COMPLETION, Reading.KEYBOARD)).words());
    assertEquals(List.of("xmfostmvhaj"), read("xmfostmvhaj", false, EnumSet.of(Reading.COMPLETION, Reading.TYPOS)).words());
  }
}
