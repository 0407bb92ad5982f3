package dev.papersearch.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.papersearch.typing.Suggestion.Kind;
import dev.papersearch.typing.Vocabulary.Word;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the box offers for what is typed, over a small hand-made vocabulary, names, a title and glossed terms. */
class SuggesterTest {

  private static final List<Word> WORDS =
      List.of(
          new Word("트랜스포머", 800), new Word("트랜스", 3), new Word("확산", 600), new Word("해상도", 900),
          new Word("모델", 2000), new Word("모듈", 300), new Word("학습", 3000), new Word("강화", 500),
          new Word("transformer", 900), new Word("transformers", 200), new Word("lora", 25), new Word("qwen", 10),
          new Word("reinforcement", 150), new Word("language", 1100), new Word("learning", 1000), new Word("time", 400), new Word("샤먼", 2));

  private static final Vocabulary VOCABULARY =
      Vocabulary.ofForms(WORDS.stream().collect(Collectors.toMap(Word::text, Word::count)));

  private static final Suggester SUGGESTER = new Suggester(VOCABULARY, List.of(index(), glossed()));

  /** The index's words, model names, an author and a title, as {@link Lexicon} reads them from papers. */
  private static Catalogue index() {
    Catalogue.Builder index = new Catalogue.Builder();
    WORDS.forEach(w -> index.add(new Suggestion(w.text(), Kind.TERM, w.count())));
    index.add(new Suggestion("LoRA", Kind.MODEL, 23)); // written so in 23 titles, lora in 25
    index.add(new Suggestion("TimE", Kind.MODEL, 1)); // one title's name, beside time in 400
    index.add(new Suggestion("Qwen2.5", Kind.MODEL, 4));
    index.add(new Suggestion("Yann LeCun", Kind.AUTHOR, 8), List.of("Yann LeCun", "LeCun"));
    String title = "LoRA: Low-Rank Adaptation of Large Language Models";
    index.add(new Suggestion(title, Kind.TITLE, 1), List.of(title, "Low-Rank Adaptation of Large Language Models", "Rank Adaptation of Large Language Models"));
    return index.build();
  }

  /** Terms the summaries gloss, with how often. */
  private static Catalogue glossed() {
    return new Catalogue.Builder()
        .add(new Suggestion("강화 학습", Kind.TERM, 95))
        .add(new Suggestion("reinforcement learning", Kind.TERM, 51))
        .build();
  }

  private static List<String> texts(String typed) {
    return SUGGESTER.suggest(typed, 5).stream().map(Suggestion::text).toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "트랜슾 | 트랜스포머", // an IME state: ㅍ still the final of 스, so not 트랜스
        "ㅌ | 트랜스포머, 트랜스",
        "transfo | transformer, transformers",
        "ㅌㄹㅅㅍㅁ | 트랜스포머", // initial consonants
        "ㄱㅎ ㅎㅅ | 강화 학습",
        "xmfostm | 트랜스포머, 트랜스", // wrong mode: Korean typed in English
        "ㅣㅐㄱ | LoRA, LoRA: Low-Rank Adaptation of Large Language Models", // and English in Korean
        "transfromer | transformer, transformers", // slips, when nothing completes
        "모댈 | 모델, 모듈",
        "Qwne2.5 | Qwen2.5", // a slip in a name's letters, its version as typed
        "lecun | Yann LeCun", // an author from the surname
        "갛와 학 | 강화 학습, 갛와 학습", // an earlier word with a slip (ㅇ and ㅎ swapped), mended first
        "reinforcemnet l | reinforcement learning, reinforcement language, reinforcemnet language, reinforcemnet learning, reinforcement LoRA",
        "샤ㅡㄷ | time", // keys that spell a word in the other mode, though 샤 begins Korean words
      })
  void offersCompletionsOfWhatWasTyped(String typed, String offered) {
    assertEquals(List.of(offered.split(", ")), texts(typed));
  }

  @Test
  void eachSuggestionIsTheWholeQueryWithTheEarlierWordsAsTyped() {
    assertEquals(List.of("강화 학습"), texts("강화 핛"));
    assertEquals(List.of("트랜스포머 모델", "트랜스포머 모듈"), texts("트랜스포머 ㅁ"));
  }

  @Test
  void aTermOfSeveralWordsComesBeforeCompletionsOfTheLastWordAlone() {
    assertEquals(
        List.of("reinforcement learning", "reinforcement language", "reinforcement LoRA", "reinforcement Yann LeCun"),
        texts("reinforcement l"));
  }

  @Test
  void wholeInitialsComeBeforeTheLongerWordsTheyBegin() {
    assertEquals(List.of("학습", "확산"), SUGGESTER.suggest("ㅎㅅ", 2).stream().map(Suggestion::text).toList());
  }

  @Test
  void aModelsSpellingWinsOnlyWhereMostPapersWriteIt() {
    assertEquals(List.of(new Suggestion("LoRA", Kind.MODEL, 25)), SUGGESTER.suggest("lora", 1));
    assertEquals(List.of(new Suggestion("time", Kind.TERM, 400)), SUGGESTER.suggest("tim", 1));
  }

  @Test
  void titlesComeLastAndOnlyForTheWholeText() {
    assertEquals(List.of("LoRA", "LoRA: Low-Rank Adaptation of Large Language Models"), texts("lo"));
    assertEquals(List.of("LoRA: Low-Rank Adaptation of Large Language Models"), texts("rank adap"));
    assertEquals(List.of("transformer LoRA"), texts("transformer lo"));
  }

  @Test
  void blankTextAndNothingAskedForHaveNone() {
    assertEquals(List.of(), texts("  "));
    assertEquals(List.of(), SUGGESTER.suggest("트랜", 0));
    assertEquals(List.of(new Suggestion("트랜스포머", Kind.TERM, 800)), SUGGESTER.suggest("트랜", 1));
  }
}
