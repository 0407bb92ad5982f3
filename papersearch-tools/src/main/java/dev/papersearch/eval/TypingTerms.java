package dev.papersearch.eval;

import dev.papersearch.analysis.GlossaryMiner;
import dev.papersearch.analysis.Jamo;
import dev.papersearch.analysis.PaperAnalyzers;
import dev.papersearch.ingest.Paper;
import dev.papersearch.typing.ModelNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The topic terms of the typing sets, chosen from the corpus each run (none is stored): Korean and
 * English terms the summaries gloss ({@code 강화 학습(reinforcement learning)}, as {@link GlossaryMiner}
 * counts them, glossed at least {@link #MIN_GLOSSES} times), and model names titles write ({@code
 * LoRA}, {@code GPT-4o}: {@link ModelNames}) in at least {@link #MIN_TITLES} titles; a seeded sample of
 * each, split into dev and held-out by a hash of the term, a third held out.
 *
 * @param dev the terms to look at while working on search as people type
 * @param heldOut the terms kept for a second opinion
 */
public record TypingTerms(List<String> dev, List<String> heldOut) {

  private static final int MIN_GLOSSES = 5;
  private static final int MIN_TITLES = 3;

  /** Terms drawn of each pool: Korean glossed terms, English glossed terms, model names. */
  private static final int KOREAN = 120;
  private static final int ENGLISH = 90;
  private static final int NAMES = 30;

  private static final long SEED = 22;

  /** Fewer keystrokes leave no room between the 40% and 70% prefixes and the term. */
  private static final int MIN_KEYSTROKES = 4;

  private static final Pattern ENGLISH_TERM = Pattern.compile("[a-z][a-z0-9 -]*[a-z0-9]");

  private static final Analyzer SUMMARIES = PaperAnalyzers.korean();

  public TypingTerms {
    dev = List.copyOf(dev);
    heldOut = List.copyOf(heldOut);
  }

  /** The typing terms of these papers. */
  public static TypingTerms of(List<Paper> papers) {
    GlossaryMiner miner = new GlossaryMiner();
    Map<String, Integer> titles = new HashMap<>();
    for (Paper paper : papers) {
      miner.add(paper.summaryText());
      ModelNames.in(paper.title()).forEach(n -> titles.merge(n, 1, Integer::sum));
    }
    Map<String, Integer> korean = new TreeMap<>();
    Map<String, Integer> english = new TreeMap<>();
    miner.glossary().entries().forEach(
        e -> {
          korean.merge(e.korean(), e.count(), Integer::sum);
          english.merge(e.english(), e.count(), Integer::sum);
        });
    Set<String> englishTerms = frequent(english, MIN_GLOSSES, t -> ENGLISH_TERM.matcher(t).matches());
    Set<String> names = frequent(titles, MIN_TITLES, n -> !englishTerms.contains(n.toLowerCase(Locale.ROOT)));
    List<String> all = new ArrayList<>(sample(frequent(korean, MIN_GLOSSES, TypingTerms::readWhole), KOREAN));
    all.addAll(sample(englishTerms, ENGLISH));
    all.addAll(sample(names, NAMES));
    List<String> dev = new ArrayList<>();
    List<String> heldOut = new ArrayList<>();
    all.forEach(t -> (hash(t) % 3 == 0 ? heldOut : dev).add(t));
    return new TypingTerms(dev, heldOut);
  }

  /** A number of {@code text} that is the same on every run and machine. */
  static long hash(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /**
   * The keys of {@code counts} counted at least {@code min} times that pass {@code test} and have
   * keystrokes enough to be typed in part.
   */
  private static Set<String> frequent(Map<String, Integer> counts, int min, Predicate<String> test) {
    Set<String> out = new TreeSet<>();
    counts.forEach(
        (term, n) -> {
          if (n >= min && Jamo.disassemble(term).length() >= MIN_KEYSTROKES && test.test(term)) {
            out.add(term);
          }
        });
    return out;
  }

  /** {@code count} of {@code terms} (sorted), drawn with the fixed seed. */
  private static List<String> sample(Set<String> terms, int count) {
    List<String> shuffled = new ArrayList<>(terms);
    Collections.shuffle(shuffled, new Random(SEED));
    return shuffled.subList(0, Math.min(count, shuffled.size()));
  }

  /**
   * Whether the summaries' analyzer reads the Korean {@code term} as its own words (no particle,
   * ending or fragment), so that it is a term and not a piece of a sentence; two syllables at least.
   */
  private static boolean readWhole(String term) {
    if (term.replace(" ", "").length() < 2) {
      return false;
    }
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = SUMMARIES.tokenStream("", term)) {
      CharTermAttribute text = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(text.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.join(" ", tokens).equals(term);
  }
}
