package dev.papersearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Mines an English–Korean lexicon from the papers themselves: each paper pairs an English title with
 * a Korean summary of the same work, so across 5,000 papers a title word and the Korean word its
 * summaries write for it share papers far more often than chance ({@code hallucination} and 환각 in 25
 * of the 37 and 73 papers using them). The summaries' own glosses ({@link GlossaryMiner}) pair only
 * the terms a summary happens to gloss; this finds the renderings no summary glosses ({@code
 * forgetting} ↔ 망각 where a summary only says 망각).
 *
 * <p>Words are counted as the index reads them (the English analyzer's stems of titles, the summary
 * analyzer's of the summaries' English and its Nori words), once per paper. A pair is kept when it passes three
 * tests, in the manner of Melamed's competitive linking: it is shared by at least {@link #MIN_PAPERS}
 * papers; chance would put the two together that often less than once in ten thousand ({@link
 * #CHANCE}, the Poisson tail of the papers expected to share them), which a plain association score
 * (PMI, Dice) does not ask of pairs of rare words seen together a few times, and which three papers of
 * a few dozen do not pass; and each word is among the other's {@link #RENDERINGS} most
 * strongly associated (by Dunning's log-likelihood ratio), so that the words every paper of a topic
 * uses (모델, 성능) do not pair with each of its title words. Words in more than {@link #MAX_SHARE} of
 * the papers say nothing of a paper's topic and are left out. A pair's confidence is its cosine,
 * shared papers over the geometric mean of each word's papers: 1 for words always written together.
 * The summaries' glosses add the pairs two of them agree on ({@link GlossWords}); a pair both find
 * keeps the greater confidence.
 *
 * <p>IBM Model 1 was the alternative: it explains each summary word by one title word, which suits
 * sentence pairs, but a title and its summary are not translations of each other (a summary has ten
 * times the words and most are not in the title), so its alignments are mostly the summary's own
 * vocabulary explained by whichever title word is most frequent.
 */
public final class TranslationMiner {

  /** Papers a pair must share. */
  static final int MIN_PAPERS = 3;

  /** Words in more of the papers than this share are left out. */
  static final double MAX_SHARE = 0.3;

  /**
   * How unlikely by chance the papers a pair shares must be: millions of pairs are tested, so one in
   * ten thousand.
   */
  static final double CHANCE = 1e-4;

  /** How many of a word's most associated words of the other language may pair with it. */
  static final int RENDERINGS = 2;

  static final Analyzer ENGLISH = PaperAnalyzers.english(false);
  static final Analyzer KOREAN = PaperAnalyzers.korean();

  private final Words english = new Words();
  private final Words korean = new Words();

  /** Per paper, the ids of its title's English words and of its summary's Korean words. */
  private final List<int[]> titles = new ArrayList<>();

  private final List<int[]> summaries = new ArrayList<>();

  /** The word pairs of the summaries' glosses. */
  private final GlossWords glosses = new GlossWords();

  /**
   * Counts the words of one paper; one without a title or a summary pairs nothing and is not counted,
   * as a collection's miner never sees it.
   */
  public void addPaper(String title, String summary) {
    addPaper(title, summary, null);
  }

  /**
   * {@link #addPaper(String, String)} with the summary's words as the index read them, or {@code null}
   * to read them here.
   */
  public void addPaper(String title, String summary, SummaryWords words) {
    if (title == null || summary == null || title.isBlank() || summary.isBlank()) {
      return;
    }
    glosses.add(summary);
    List<Token> inSummary = (words == null ? SummaryWords.read(summary) : words).words(); // its English and its Korean words
    List<Token> englishWords = new ArrayList<>(tokens(ENGLISH, title));
    englishWords.addAll(inSummary);
    titles.add(english.idsOf(englishWords, TranslationMiner::isEnglishWord));
    summaries.add(korean.idsOf(inSummary, TranslationMiner::isKoreanWord));
  }

  /** Adds the papers {@code other} counted, so that parts of a corpus can be counted on several threads. */
  public void addAll(TranslationMiner other) {
    other.titles.forEach(ids -> titles.add(english.remapped(other.english, ids)));
    other.summaries.forEach(ids -> summaries.add(korean.remapped(other.korean, ids)));
    glosses.addAll(other.glosses);
  }

  /** The pairs that pass the tests, by English word, then most associated first. */
  public List<Glossary.Translation> translations() {
    int papers = titles.size();
    int[] englishPapers = english.papers(titles);
    int[] koreanPapers = korean.papers(summaries);
    int max = (int) (MAX_SHARE * papers);
    Predicate<Integer> usefulEnglish = e -> englishPapers[e] >= MIN_PAPERS && englishPapers[e] <= max;
    Predicate<Integer> usefulKorean = k -> koreanPapers[k] >= MIN_PAPERS && koreanPapers[k] <= max;
    Associations fromEnglish =
        new Associations(titles, summaries, englishPapers, koreanPapers, usefulEnglish, usefulKorean, korean, papers);
    Associations fromKorean =
        new Associations(summaries, titles, koreanPapers, englishPapers, usefulKorean, usefulEnglish, english, papers);
    Map<List<String>, Glossary.Translation> byWords = new HashMap<>();
    for (int word = 0; word < english.size(); word++) {
      if (!usefulEnglish.test(word)) {
        continue;
      }
      int e = word;
      for (Association a : fromEnglish.strongest(e)) {
        boolean mutual = fromKorean.strongest(a.other()).stream().anyMatch(back -> back.other() == e);
        if (mutual) {
          double cosine = rounded(a.shared() / Math.sqrt((double) englishPapers[e] * koreanPapers[a.other()]));
          byWords.put(
              List.of(english.tokens.get(e), korean.tokens.get(a.other())),
              new Glossary.Translation(korean.surface(a.other()), english.surface(e), a.shared(), cosine));
        }
      }
    }
    // A pair both find keeps the greater confidence: a gloss is a translation, co-occurrence a topic.
    for (GlossWords.Pair p : glosses.translations()) {
      Integer e = english.ids.get(p.words().get(0));
      Integer k = korean.ids.get(p.words().get(1));
      boolean common = (e != null && englishPapers[e] > max) || (k != null && koreanPapers[k] > max);
      if (!common) {
        byWords.merge(p.words(), p.translation(), (a, b) -> a.confidence() >= b.confidence() ? a : b);
      }
    }
    List<Glossary.Translation> out = new ArrayList<>(byWords.values());
    out.sort(Comparator.comparing(Glossary.Translation::english).thenComparing(Comparator.comparingDouble(Glossary.Translation::confidence).reversed()).thenComparing(Glossary.Translation::korean));
    return out;
  }

  /** Rounded as the glossary file writes it, so a glossary read back searches as the one mined. */
  static double rounded(double confidence) {
    return Math.round(10_000 * confidence) / 10_000.0;
  }

  /** A word of the other language, the papers it shares with one, and how unlikely that is by chance. */
  private record Association(int other, int shared, double g2) {}

  /** The most associated words of the other side for each word of one side, computed when first asked. */
  private static final class Associations {
    private final List<int[]> from;
    private final List<int[]> to;
    private final int[] fromPapers;
    private final int[] toPapers;
    private final Predicate<Integer> usefulTo;
    private final Words toWords;
    private final int papers;
    private final int[][] postings;
    private final Map<Integer, List<Association>> strongest = new HashMap<>();

    Associations(
        List<int[]> from, List<int[]> to, int[] fromPapers, int[] toPapers,
        Predicate<Integer> usefulFrom, Predicate<Integer> usefulTo, Words toWords, int papers) {
      this.from = from;
      this.to = to;
      this.fromPapers = fromPapers;
      this.toPapers = toPapers;
      this.usefulTo = usefulTo;
      this.toWords = toWords;
      this.papers = papers;
      this.postings = postings(from, fromPapers, usefulFrom);
    }

    /** For each useful word, the papers using it. */
    private static int[][] postings(List<int[]> perPaper, int[] counts, Predicate<Integer> useful) {
      int[][] out = new int[counts.length][];
      int[] filled = new int[counts.length];
      for (int w = 0; w < counts.length; w++) {
        out[w] = useful.test(w) ? new int[counts[w]] : null;
      }
      for (int p = 0; p < perPaper.size(); p++) {
        for (int w : perPaper.get(p)) {
          if (out[w] != null) {
            out[w][filled[w]++] = p;
          }
        }
      }
      return out;
    }

    List<Association> strongest(int word) {
      return strongest.computeIfAbsent(word, this::compute);
    }

    private List<Association> compute(int word) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (int p : postings[word]) {
        for (int o : to.get(p)) {
          shared.merge(o, 1, Integer::sum);
        }
      }
      List<Association> found = new ArrayList<>();
      shared.forEach(
          (o, n) -> {
            if (n >= MIN_PAPERS && usefulTo.test(o)) {
              double expected = (double) fromPapers[word] * toPapers[o] / papers;
              if (chanceOfAtLeast(n, expected) < CHANCE) {
                found.add(new Association(o, n, g2(n, fromPapers[word], toPapers[o], papers)));
              }
            }
          });
      // Ties by the word, not its number: the numbers follow the order papers were read in, which differs
      // between the embedded index and a collection, and both must pair alike.
      found.sort(Comparator.comparingDouble(Association::g2).reversed().thenComparing(a -> toWords.tokens.get(a.other())));
      return found.subList(0, Math.min(RENDERINGS, found.size()));
    }
  }

  /**
   * The chance of {@code k} or more events where {@code expected} are expected (Poisson), summed from
   * {@code k} up in logarithms: {@code exp(-expected)} is 0 beyond 745, which a corpus ten times this
   * one reaches for two words of a few thousand papers each.
   */
  static double chanceOfAtLeast(int k, double expected) {
    if (k <= expected) {
      return 1; // at least half, whatever it is exactly
    }
    double logTerm = k * Math.log(expected) - expected - logFactorial(k);
    double sum = 0;
    for (int i = k; ; i++) {
      double term = Math.exp(logTerm);
      sum += term;
      if (term < sum * 1e-12 || term == 0) {
        return Math.min(1, sum);
      }
      logTerm += Math.log(expected / (i + 1));
    }
  }

  private static double logFactorial(int n) {
    double sum = 0;
    for (int i = 2; i <= n; i++) {
      sum += Math.log(i);
    }
    return sum;
  }

  /**
   * Dunning's log-likelihood ratio of two words sharing {@code both} of {@code n} papers, used in
   * {@code a} and {@code b} papers; negative when they share fewer than chance would.
   */
  static double g2(int both, int a, int b, int n) {
    double k11 = both;
    double k12 = a - both;
    double k21 = b - both;
    double k22 = (double) n - a - b + both;
    double llr =
        2 * (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22)
            - xlogx(k11 + k12) - xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22) + xlogx(n));
    return k11 * n >= (double) a * b ? llr : -llr;
  }

  private static double xlogx(double x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }

  /** A token and the text it was read from, lower case. */
  record Token(String term, String surface) {}

  /** {@code text}'s tokens as {@code analyzer} reads them. */
  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(new Token(term.toString(), text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT)));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A title token the lexicon pairs: letters only, three or more (no versions, no units). */
  static boolean isEnglishWord(CharSequence token) {
    return token.length() >= 3 && token.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  /** A summary token the lexicon pairs: Hangul only, two syllables or more. */
  static boolean isKoreanWord(CharSequence token) {
    return token.length() >= 2 && token.chars().allMatch(Hangul::isSyllable);
  }

  /**
   * One side's words, numbered as first met, each with the text that analyzes to it: the first in
   * alphabetical order of those met, so that it does not depend on the order papers are read in.
   */
  private static final class Words {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<String> surfaces = new ArrayList<>();

    int size() {
      return tokens.size();
    }

    String surface(int id) {
      return surfaces.get(id);
    }

    private int id(String token, String surface) {
      Integer id = ids.get(token);
      if (id == null) {
        id = tokens.size();
        ids.put(token, id);
        tokens.add(token);
        surfaces.add(surface);
      } else if (surface.compareTo(surfaces.get(id)) < 0) {
        surfaces.set(id, surface);
      }
      return id;
    }

    /** The distinct ids of the {@code tokens} that {@code wanted} keeps, in order of first use. */
    int[] idsOf(List<Token> tokens, Predicate<String> wanted) {
      Set<Integer> found = new LinkedHashSet<>();
      for (Token t : tokens) {
        if (wanted.test(t.term())) {
          found.add(id(t.term(), t.surface()));
        }
      }
      return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code ids} of {@code other}'s numbering in this one's. */
    int[] remapped(Words other, int[] ids) {
      return Arrays.stream(ids).map(i -> id(other.tokens.get(i), other.surfaces.get(i))).toArray();
    }

    /** The papers using each word. */
    int[] papers(List<int[]> perPaper) {
      int[] out = new int[size()];
      perPaper.forEach(ids -> Arrays.stream(ids).forEach(i -> out[i]++));
      return out;
    }
  }
}
