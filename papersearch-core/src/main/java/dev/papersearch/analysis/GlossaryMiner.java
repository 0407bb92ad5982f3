package dev.papersearch.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mines {@link Glossary} pairs from Korean text that glosses its terms in English, as in {@code
 * 검색 증강 생성(Retrieval-Augmented Generation, RAG)}.
 *
 * <p>Where the Korean term starts is not marked, so every run of one to four Hangul words before the
 * parenthesis is counted. For each English term the miner then extends the Korean side one word at a
 * time while the longer form keeps at least half of the shorter one's occurrences: {@code 모델(LLM)}
 * grows to {@code 언어 모델} (nearly always preceded by 언어) but not to {@code 대형 언어 모델} (which
 * competes with 대규모 언어 모델). Pairs seen fewer than {@link #MIN_COUNT} times are dropped as noise.
 *
 * <p>Glosses of several words also pair their words, in order, when the English has as many words as
 * the last Korean ones: {@code 초과 손실(excess loss)} counts 초과 ↔ excess and 손실 ↔ loss. An English
 * word that no gloss of its own covers gets the Korean word it stood beside most often, so a reader's
 * {@code excess loss} reaches a summary that only says 초과 손실, and 손실 a title that says loss.
 *
 * <p>The abbreviations that titles and summaries define ({@link AbbreviationFinder}) are counted once
 * per paper; every long form seen {@link #MIN_COUNT} times is kept ({@code svd} is both stable video
 * diffusion and singular value decomposition), unless the short form is in more than {@link
 * #MAX_ABBREVIATION_SHARE} of the papers: {@code LLM} is in 40% of them, so its long form would only
 * add the same small score to half the corpus.
 *
 * <p>A Hangul word that reads as Korean ({@link Predicates#readsAsKorean}: all its syllables read as
 * Chinese characters, or it is a verb form) is mostly a Korean word that only sounds like English
 * ({@code 원리} like only, {@code 소실} like social, {@code 많은} like mean), yet sometimes the loanword
 * ({@code 비전}, {@code 매칭}, {@code 제로}, {@code 피치}). Which, the papers tell: a loanword
 * is written in the papers that use its English word far more often than chance would put them
 * together. Each such pair whose shared papers chance would reach less than once in {@link
 * #CHANCE} is kept as a {@link Glossary.SoundPair}.
 */
public final class GlossaryMiner {

  public static final int MIN_COUNT = 3;
  static final double MAX_ABBREVIATION_SHARE = 0.1;
  private static final int MAX_KOREAN_WORDS = 4;
  /**
   * How unlikely by chance a Korean-reading word and its English sound-alike must share papers:
   * thousands of pairs are tested, so at 0.05 a few Korean words passed (사실 and social share 2 of
   * 90 and 15 papers, chance 0.026).
   */
  static final double CHANCE = 0.01;
  static final Pattern GLOSS =
      Pattern.compile(
          "((?:[가-힣]+(?:-[가-힣]+)* ){0," + (MAX_KOREAN_WORDS - 1) + "}[가-힣]+(?:-[가-힣]+)*) ?\\(([A-Za-z][A-Za-z0-9 .\\-]{1,60}?)\\s*(?:[,;][^)]*)?\\)");

  private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]{2,}");

  private static final Pattern ALIGNED_ENGLISH = Pattern.compile("[a-z]{3,}");

  private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{3,}(?![A-Za-z0-9])");

  /**
   * Words a short form may be that {@link #ENGLISH_WORD} does not count: two letters, or letters with
   * digits or hyphens ({@code RL}, {@code 3DGS}, {@code 3D-GS}).
   */
  private static final Pattern OTHER_SHORT_FORM =
      Pattern.compile("(?<![A-Za-z0-9-])(?:[A-Za-z]{2}|(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*[0-9-])[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])(?![A-Za-z0-9-])");

  /** counts.get(english).get(k - 1) maps a k-word Korean candidate to its count. */
  private final Map<String, List<Map<String, Integer>>> counts = new HashMap<>();

  /**
   * wordPairs.get(english).get(korean): how often the English word and the Korean word stood at the
   * same place of a gloss of several words on each side ({@code 초과 손실(excess loss)}).
   */
  private final Map<String, Map<String, Integer>> wordPairs = new HashMap<>();

  /** Papers per abbreviation and long form. */
  private final Map<AbbreviationFinder.Definition, Integer> definitions = new HashMap<>();

  /** Papers per English word. */
  private final Map<String, Integer> englishWords = new HashMap<>();

  /** Papers per word of {@link #OTHER_SHORT_FORM}, for the share of them an abbreviation is in. */
  private final Map<String, Integer> otherShortForms = new HashMap<>();

  /** Papers counted, for the share of them an abbreviation is in. */
  private int papers;

  /** Papers per Hangul word of a summary, with and without a trailing particle. */
  private final Map<String, Integer> hangulWords = new HashMap<>();

  /**
   * Papers per Hangul word and English word of the same paper that sounds like it, as {@code hangul
   * \t english}.
   */
  private final Map<String, Integer> soundAlikes = new HashMap<>();

  /** The sound of each Hangul word met so far. */
  private final Map<String, SoundKey.Reading> hangulReadings = new HashMap<>();

  /** Title words and the summaries' Korean words for them. */
  private final TranslationMiner translations = new TranslationMiner();

  /** Counts the English words of one paper's title and summary, the summary's glosses, and the words for the lexicon. */
  public void addPaper(String title, String summary) {
    addPaper(title, summary, null);
  }

  /**
   * {@link #addPaper(String, String)} with the summary's words as the index read them ({@link
   * SummaryWords}), or {@code null} to read them here.
   */
  public void addPaper(String title, String summary, SummaryWords words) {
    translations.addPaper(title, summary, words);
    Set<String> english = countOnce(ENGLISH_WORD, title, summary, englishWords);
    countOnce(OTHER_SHORT_FORM, title, summary, otherShortForms);
    papers++;
    Set<AbbreviationFinder.Definition> defined = new HashSet<>(AbbreviationFinder.in(title));
    defined.addAll(AbbreviationFinder.in(summary));
    defined.forEach(d -> definitions.merge(d, 1, Integer::sum));
    Set<String> read = new HashSet<>(); // a summary repeats its words: each is read for its forms once
    Set<String> hangul = new HashSet<>();
    Matcher m = HANGUL_WORD.matcher(summary);
    while (m.find()) {
      if (read.add(m.group())) {
        hangul.addAll(Particles.forms(m.group()));
      }
    }
    hangul.forEach(w -> hangulWords.merge(w, 1, Integer::sum));
    countSoundAlikes(hangul, english);
    add(summary);
  }

  /**
   * Counts the pairs of one paper's Hangul words and English words, or their singulars ({@code 타이탄}
   * beside titans pairs with titan), that sound alike.
   */
  private void countSoundAlikes(Set<String> hangul, Set<String> english) {
    Set<String> forms = new HashSet<>();
    english.forEach(w -> forms.addAll(EnglishPlurals.forms(w)));
    SoundIndex sounds = SoundIndex.ofEnglish(forms.stream().map(w -> new Glossary.Word(w, 1)).toList());
    for (String word : hangul) {
      SoundKey.Reading reading =
          hangulReadings.computeIfAbsent(word, SoundKey::ofHangul);
      if (reading != null) {
        sounds.all(List.of(reading)).forEach(e -> soundAlikes.merge(word + "\t" + e, 1, Integer::sum));
      }
    }
  }

  /**
   * Counts each lower-cased match of {@code words} in a paper's title or summary once into {@code
   * papersPer}, and returns the matches.
   */
  private static Set<String> countOnce(Pattern words, String title, String summary, Map<String, Integer> papersPer) {
    Set<String> found = new HashSet<>();
    for (String text : List.of(title, summary)) {
      Matcher m = words.matcher(text);
      while (m.find()) {
        found.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    found.forEach(w -> papersPer.merge(w, 1, Integer::sum));
    return found;
  }

  /** Counts the glosses in one text. */
  public void add(String text) {
    for (MatchResult m : glosses(text)) {
      String english = m.group(2).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      String[] words = m.group(1).split(" ");
      List<Map<String, Integer>> byLength = counts.computeIfAbsent(english, e -> byLength());
      for (int k = 1; k <= words.length; k++) {
        String korean = String.join(" ", List.of(words).subList(words.length - k, words.length));
        byLength.get(k - 1).merge(korean, 1, Integer::sum);
      }
      alignWords(words, english);
    }
  }

  /** What {@link #GLOSS}'s {@code find()} finds in {@code text}, tried only where a gloss can start. */
  static List<MatchResult> glosses(String text) {
    return ParenthesisScan.find(GLOSS, text, GlossaryMiner::inTerm, GlossaryMiner::isAsciiLetter, Integer.MAX_VALUE);
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A character {@link #GLOSS}'s Korean term may have: Hangul syllables, spaces between words, hyphens. */
  private static boolean inTerm(int c) {
    return (c >= '가' && c <= '힣') || c == ' ' || c == '-';
  }

  /**
   * Counts the word pairs of a gloss with as many English words as its last Korean words: noun phrases
   * keep their order in both languages ({@code 검증 손실(validation loss)}).
   */
  private void alignWords(String[] korean, String english) {
    String[] en = english.split("[ \\-]+");
    if (en.length < 2 || en.length > korean.length) {
      return;
    }
    for (int i = 0; i < en.length; i++) {
      String ko = korean[korean.length - en.length + i];
      if (ALIGNED_ENGLISH.matcher(en[i]).matches() && HANGUL_WORD.matcher(ko).matches()) {
        wordPairs.computeIfAbsent(en[i], e -> new HashMap<>()).merge(ko, 1, Integer::sum);
      }
    }
  }

  /** Adds what {@code other} counted, so that parts of a corpus can be counted on several threads. */
  public void addAll(GlossaryMiner other) {
    other.counts.forEach(
        (english, theirs) -> {
          List<Map<String, Integer>> ours = counts.computeIfAbsent(english, e -> byLength());
          for (int k = 0; k < MAX_KOREAN_WORDS; k++) {
            Map<String, Integer> into = ours.get(k);
            theirs.get(k).forEach((korean, n) -> into.merge(korean, n, Integer::sum));
          }
        });
    other.wordPairs.forEach(
        (english, theirs) -> {
          Map<String, Integer> ours = wordPairs.computeIfAbsent(english, e -> new HashMap<>());
          theirs.forEach((korean, n) -> ours.merge(korean, n, Integer::sum));
        });
    papers += other.papers;
    translations.addAll(other.translations);
    other.definitions.forEach((d, n) -> definitions.merge(d, n, Integer::sum));
    other.englishWords.forEach((word, n) -> englishWords.merge(word, n, Integer::sum));
    other.otherShortForms.forEach((word, n) -> otherShortForms.merge(word, n, Integer::sum));
    other.hangulWords.forEach((word, n) -> hangulWords.merge(word, n, Integer::sum));
    other.soundAlikes.forEach((pair, n) -> soundAlikes.merge(pair, n, Integer::sum));
  }

  private static List<Map<String, Integer>> byLength() {
    List<Map<String, Integer>> l = new ArrayList<>();
    for (int i = 0; i < MAX_KOREAN_WORDS; i++) {
      l.add(new HashMap<>());
    }
    return l;
  }

  /** The pairs seen often enough, most frequent first. */
  public Glossary glossary() {
    List<Glossary.Entry> entries = new ArrayList<>();
    counts.forEach(
        (english, byLength) -> {
          Map.Entry<String, Integer> chosen = best(byLength.get(0), null);
          for (int k = 1; k < MAX_KOREAN_WORDS && chosen != null; k++) {
            Map.Entry<String, Integer> longer = best(byLength.get(k), chosen.getKey());
            if (longer == null || longer.getValue() * 2 < chosen.getValue()) {
              break;
            }
            chosen = longer;
          }
          if (chosen != null && chosen.getValue() >= MIN_COUNT) {
            entries.add(new Glossary.Entry(chosen.getKey(), english, chosen.getValue()));
          }
        });
    entries.addAll(wordEntries(entries));
    entries.sort(
        Comparator.comparingInt(Glossary.Entry::count).reversed().thenComparing(Glossary.Entry::english));
    List<Glossary.Word> words = sorted(englishWords);
    Map<String, Integer> hangul = transliterable(hangulWords, words);
    return new Glossary(
        entries, words, sorted(hangul), abbreviations(), soundPairs(hangul.keySet()), translations.translations());
  }

  /**
   * The sound-alike pairs of {@code hangul} words reading as Korean that share papers beyond {@link
   * #CHANCE}; no other word needs one.
   */
  private List<Glossary.SoundPair> soundPairs(Set<String> hangul) {
    List<Glossary.SoundPair> out = new ArrayList<>();
    soundAlikes.forEach(
        (pair, shared) -> {
          String[] words = pair.split("\t");
          if (hangul.contains(words[0])) {
            double expected = (double) hangulWords.get(words[0]) * englishWords.getOrDefault(words[1], 1) / papers;
            if (atLeastByChance(shared, expected) < CHANCE && Predicates.readsAsKorean(words[0])) {
              out.add(new Glossary.SoundPair(words[0], words[1], shared));
            }
          }
        });
    out.sort(
        Comparator.comparing(Glossary.SoundPair::hangul).thenComparing(Glossary.SoundPair::english));
    return out;
  }

  /** The chance of {@code k} or more events where {@code expected} are expected (Poisson). */
  static double atLeastByChance(int k, double expected) {
    double below = 0;
    double term = Math.exp(-expected);
    for (int i = 0; i < k; i++) {
      below += term;
      term *= expected / (i + 1);
    }
    return Math.max(0, 1 - below);
  }

  private List<Glossary.Abbreviation> abbreviations() {
    List<Glossary.Abbreviation> out = new ArrayList<>();
    definitions.forEach(
        (d, n) -> {
          int using = englishWords.getOrDefault(d.shortForm(), otherShortForms.getOrDefault(d.shortForm(), 0));
          if (n >= MIN_COUNT && using <= MAX_ABBREVIATION_SHARE * papers) {
            out.add(new Glossary.Abbreviation(d.shortForm(), d.longForm(), n));
          }
        });
    out.sort(
        Comparator.comparingInt(Glossary.Abbreviation::count)
            .reversed()
            .thenComparing(Glossary.Abbreviation::shortForm)
            .thenComparing(Glossary.Abbreviation::longForm));
    return out;
  }

  /**
   * For each aligned English word no gloss of its own covers, the Korean word it stood beside most often,
   * when seen often enough: {@code 손실 ↔ loss}, {@code 초과 ↔ excess}.
   */
  private List<Glossary.Entry> wordEntries(List<Glossary.Entry> glosses) {
    Set<String> glossed = new HashSet<>();
    glosses.forEach(e -> glossed.add(e.english()));
    List<Glossary.Entry> out = new ArrayList<>();
    wordPairs.forEach(
        (english, koreans) -> {
          Map.Entry<String, Integer> chosen = best(koreans, null);
          if (!glossed.contains(english) && chosen.getValue() >= MIN_COUNT) {
            out.add(new Glossary.Entry(chosen.getKey(), english, chosen.getValue()));
          }
        });
    return out;
  }

  /**
   * The Hangul words that sound like one of {@code english}: the only ones a query's transliteration
   * needs the count of, so the glossary need not list every Hangul word of the corpus.
   */
  private static Map<String, Integer> transliterable(Map<String, Integer> hangul, List<Glossary.Word> english) {
    SoundIndex byKey = SoundIndex.ofEnglish(english);
    Map<String, Integer> out = new HashMap<>();
    hangul.forEach(
        (word, n) -> {
          SoundKey.Reading reading = SoundKey.ofHangul(word);
          if (reading != null && byKey.best(List.of(reading)) != null) {
            out.put(word, n);
          }
        });
    return out;
  }

  private static List<Glossary.Word> sorted(Map<String, Integer> counts) {
    List<Glossary.Word> words = new ArrayList<>(counts.size());
    counts.forEach((w, n) -> words.add(new Glossary.Word(w, n)));
    words.sort(Comparator.comparingInt(Glossary.Word::papers).reversed().thenComparing(Glossary.Word::text));
    return words;
  }

  /** The most frequent candidate, among those ending with {@code suffix} when given. */
  private static Map.Entry<String, Integer> best(Map<String, Integer> candidates, String suffix) {
    return candidates.entrySet().stream()
        .filter(e -> suffix == null || e.getKey().endsWith(" " + suffix))
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElse(null);
  }
}
