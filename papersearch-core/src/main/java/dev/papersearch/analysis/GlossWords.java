package dev.papersearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Pairs the English words of the summaries' glosses with the Korean words they stand beside, word by
 * word: {@code 재앙적 망각(catastrophic forgetting)} and {@code 망각(forgetting)} make {@code forgetting}
 * ↔ 망각 although no gloss of the whole term is written three times, as {@link GlossaryMiner} asks. A
 * gloss is a translation, so a word pair two glosses agree on is evidence enough, where the papers'
 * titles and summaries ({@link TranslationMiner}) need a word to be common before chance is ruled out.
 *
 * <p>Each gloss counts its English words (as the English analyzer stems them; abbreviations such as
 * {@code LLM} or {@code MoE} left out, {@link GlossaryMiner} pairs those whole) against the Korean words
 * of the last Hangul words before it, one more than it has English words, since where the Korean term
 * starts is not marked; English function words are left out. Counted once per paper. A pair is kept
 * when at least {@link #MIN_PAPERS} papers gloss it, its Dice coefficient over the glosses (also its
 * confidence) is at least {@link #MIN_DICE}, and each word is among the other's {@link
 * TranslationMiner#RENDERINGS} most associated by it. Words in too many papers to say anything of a
 * paper's topic are left out by {@link TranslationMiner}, which counts every paper.
 */
final class GlossWords {

  /** Papers whose glosses must pair two words. */
  static final int MIN_PAPERS = 2;

  /**
   * The least Dice coefficient of a pair: below it, a word of many glosses met another only in a few
   * of them (단일 and step: 6 papers, Dice 0.18).
   */
  static final double MIN_DICE = 0.25;

  /**
   * English function words, which a gloss's long form has and no Korean word translates ({@code from}
   * in the RLHF of 10 papers): the Snowball project's English stop list, wider than the analyzer's.
   */
  private static final CharArraySet FUNCTION_WORDS = snowballStopWords();

  /** Papers per word of either side (as analyzed) in a gloss, and per pair of them. */
  private final Map<String, Integer> englishPapers = new HashMap<>();
  private final Map<String, Integer> koreanPapers = new HashMap<>();
  private final Map<String, Map<String, Integer>> pairPapers = new HashMap<>();

  /** The text of each analyzed word: the first in alphabetical order, as {@link TranslationMiner}'s. */
  private final Map<String, String> surfaces = new HashMap<>();

  /** Counts the glossed word pairs of one paper's summary. */
  void add(String summary) {
    Set<String> english = new HashSet<>();
    Set<String> korean = new HashSet<>();
    Set<List<String>> pairs = new HashSet<>();
    for (MatchResult m : GlossaryMiner.glosses(summary)) {
      List<String> en = englishWords(m.group(2));
      if (en.isEmpty()) {
        continue;
      }
      String[] hangul = m.group(1).split(" ");
      String before = String.join(" ", Arrays.asList(hangul).subList(Math.max(0, hangul.length - en.size() - 1), hangul.length));
      List<String> ko = words(TranslationMiner.KOREAN, before, false);
      english.addAll(en);
      korean.addAll(ko);
      en.forEach(e -> ko.forEach(k -> pairs.add(List.of(e, k))));
    }
    english.forEach(e -> englishPapers.merge(e, 1, Integer::sum));
    korean.forEach(k -> koreanPapers.merge(k, 1, Integer::sum));
    pairs.forEach(p -> pairPapers.computeIfAbsent(p.get(0), e -> new HashMap<>()).merge(p.get(1), 1, Integer::sum));
  }

  private List<String> englishWords(String gloss) {
    return words(TranslationMiner.ENGLISH, gloss, true);
  }

  /** The distinct words of {@code text} the lexicon pairs, recording their surfaces. */
  private List<String> words(Analyzer analyzer, String text, boolean english) {
    List<String> out = new ArrayList<>();
    for (TranslationMiner.Token t : TranslationMiner.tokens(analyzer, text)) {
      boolean wanted =
          english
              ? TranslationMiner.isEnglishWord(t.term()) && !FUNCTION_WORDS.contains(t.surface()) && !isAbbreviation(text, t)
              : TranslationMiner.isKoreanWord(t.term());
      if (wanted && !out.contains(t.term())) {
        out.add(t.term());
        surfaces.merge(t.term(), t.surface(), GlossWords::firstAlphabetically);
      }
    }
    return out;
  }

  private static String firstAlphabetically(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** A word written with a capital after its first letter ({@code LLM}, {@code MoE}): an abbreviation. */
  private static boolean isAbbreviation(String text, TranslationMiner.Token t) {
    int at = text.toLowerCase(Locale.ROOT).indexOf(t.surface());
    return at >= 0 && text.substring(at + 1, at + t.surface().length()).chars().anyMatch(Character::isUpperCase);
  }

  private static CharArraySet snowballStopWords() {
    try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
      return WordlistLoader.getSnowballWordSet(new InputStreamReader(IOUtils.requireResourceNonNull(in, "english_stop.txt"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds what {@code other} counted. */
  void addAll(GlossWords other) {
    other.englishPapers.forEach((w, n) -> englishPapers.merge(w, n, Integer::sum));
    other.koreanPapers.forEach((w, n) -> koreanPapers.merge(w, n, Integer::sum));
    other.pairPapers.forEach(
        (e, theirs) -> {
          Map<String, Integer> ours = pairPapers.computeIfAbsent(e, x -> new HashMap<>());
          theirs.forEach((k, n) -> ours.merge(k, n, Integer::sum));
        });
    other.surfaces.forEach((t, s) -> surfaces.merge(t, s, GlossWords::firstAlphabetically));
  }

  /** A word of the other side, the papers glossing both, and their Dice coefficient. */
  private record Link(String english, String korean, int papers, double dice) {}

  /** A pair that passes, keyed by its analyzed words ({@code english, korean}). */
  record Pair(List<String> words, Glossary.Translation translation) {}

  /** The pairs that pass, in no particular order. */
  List<Pair> translations() {
    Map<String, List<Link>> byEnglish = new HashMap<>();
    Map<String, List<Link>> byKorean = new HashMap<>();
    pairPapers.forEach(
        (e, koreans) ->
            koreans.forEach(
                (k, n) -> {
                  double dice = 2.0 * n / (englishPapers.get(e) + koreanPapers.get(k));
                  if (n >= MIN_PAPERS && dice >= MIN_DICE) {
                    Link link = new Link(e, k, n, dice);
                    byEnglish.computeIfAbsent(e, x -> new ArrayList<>()).add(link);
                    byKorean.computeIfAbsent(k, x -> new ArrayList<>()).add(link);
                  }
                }));
    Set<Link> strongestForKorean = new HashSet<>();
    byKorean.values().forEach(links -> strongestForKorean.addAll(strongest(links, Link::english)));
    List<Pair> out = new ArrayList<>();
    byEnglish.values().forEach(
        links ->
            strongest(links, Link::korean).stream()
                .filter(strongestForKorean::contains)
                .forEach(
                    l ->
                        out.add(
                            new Pair(
                                List.of(l.english(), l.korean()),
                                new Glossary.Translation(surfaces.get(l.korean()), surfaces.get(l.english()), l.papers(), TranslationMiner.rounded(l.dice()))))));
    return out;
  }

  /** The {@link TranslationMiner#RENDERINGS} links of highest Dice, ties by the other word. */
  private static List<Link> strongest(List<Link> links, Function<Link, String> other) {
    return links.stream()
        .sorted(Comparator.comparingDouble(Link::dice).reversed().thenComparing(other))
        .limit(TranslationMiner.RENDERINGS)
        .toList();
  }
}
