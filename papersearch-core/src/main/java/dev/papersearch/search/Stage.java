package dev.papersearch.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways a query reaches the index, by name: each clause of a built query is a {@link StagedQuery}
 * of one of them, so an explanation says what each added ({@link StageScores}). All but a word's own
 * tokens and the quoted phrases can be switched off ({@link QueryOptions#without}) to measure what
 * they add ({@code eval --off STAGE}). docs/relevance.md has the table of what each adds, its weight
 * and the figures without it.
 */
public enum Stage {
  /** A word's own tokens in each field, the best field winning (the weights of the fields). */
  FIELDS(false),
  /** A quoted phrase, required. */
  PHRASES(false),
  /** A word Nori misreads between others, also read alone (길이, 지시). */
  WORD_ALONE(true),
  /** A loanword Nori broke into fragments, searched as the index spells it (인터렉티브 → 인터랙티브). */
  RESPELLING(true),
  /** The other spellings of a loanword the summaries write (메시 and 메쉬, 컨텍스트 and 콘텍스트). */
  SPELLING_VARIANTS(true),
  /** An abbreviation the papers define, with its long form (3DGS → 3D Gaussian Splatting). */
  LONG_FORMS(true),
  /** A Hangul word spelled in English (맘바 → Mamba), an English word in Hangul (mamba → 맘바). */
  TRANSLITERATION(true),
  /** A word's Hangul character pairs, where Nori cut it unlike the papers' text. */
  BIGRAMS(true),
  /** A Hangul word read as a Korean author's name (조경현 → Kyunghyun Cho). */
  KOREAN_NAMES(true),
  /** The glossary mined from the papers: a Korean term's English and back (잔차 연결 → residual connection). */
  GLOSSARY(true),
  /**
   * The lexicon mined from the titles and the summaries as a comparable corpus: an English word's Korean
   * renderings, a Korean word's English (forgetting → 망각, 환각 → hallucination).
   */
  TRANSLATIONS(true),
  /** The hand-written Korean synonym groups (사람 → 인간 → human). */
  SYNONYMS(true),
  /**
   * A constant for each query word a paper has, as typed or in the other language: papers with more
   * of the words first ({@link WordFoundQuery}).
   */
  WORDS_FOUND(true),
  /**
   * A constant for the papers with most words of a short query that no paper has most of as typed,
   * through glossary terms and lexicon translations: a query in the other language of the papers it
   * seeks ({@link PaperQueryBuilder.OtherLanguage}).
   */
  OTHER_LANGUAGE(true),
  /** A mild preference for voted papers. */
  VOTES_PRIOR(true),
  /** The last word, still being typed, completed at the level of keys (트랜슾 → 트랜스포머, transfo → transformer). */
  COMPLETION(true),
  /** A word the index does not know, read as the most used word a slip away (transfromer, 모댈). */
  TYPOS(true),
  /** A word typed with the keyboard in the other mode (xmfostmvhaj, ㅣㅐㄱㅁ), or as initial consonants (ㅌㄹㅅㅍㅁ). */
  KEYBOARD(true);

  private final boolean switchable;

  Stage(boolean switchable) {
    this.switchable = switchable;
  }

  /** The stages that can be switched off, in order. */
  public static List<Stage> switchable() {
    return Arrays.stream(values()).filter(s -> s.switchable).toList();
  }

  /** The name {@code eval --off} takes: {@code word-alone}, {@code votes-prior}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The {@link #switchable} stage of that {@link #label}. */
  public static Optional<Stage> byLabel(String label) {
    return switchable().stream().filter(s -> s.label().equals(label.strip())).findFirst();
  }
}
