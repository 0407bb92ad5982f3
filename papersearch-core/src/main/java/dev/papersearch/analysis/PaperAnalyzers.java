package dev.papersearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The analyzers for each kind of text in a paper, built from Lucene factories by their SPI names so
 * that the very same chains can be declared in a Solr schema.
 *
 * <ul>
 *   <li><b>Korean</b> (summaries): Nori in {@code NONE} decompound mode: the compounds of Nori's
 *       dictionary stay whole ({@code 시계열}, {@code 자연어}, {@code 해상도}, {@code 인공지능}) instead of
 *       being cut into parts that also match unrelated words ({@code 시}, {@code 계열}); words outside
 *       the dictionary are segmented as in every mode, so {@code 확산모델} and {@code 확산 모델} give the
 *       same tokens. It ranked best of the three modes on all three known-item sets (docs/relevance.md);
 *       a dictionary compound typed with a space ({@code 인공 지능}) meets it through the Hangul bigrams.
 *       Part-of-speech stop tags drop particles and endings ({@code 모델을} → {@code 모델}), but not noun
 *       prefixes (see {@link KoreanOptions#REVIEWED_STOP_TAGS}); Latin words
 *       inside Korean text are lower-cased and Porter-stemmed like the English analyzer does, so {@code
 *       Transformers} in a summary matches {@code transformer} in a query.
 *   <li><b>English</b> (titles): standard tokenizer, possessives, lower case, English stop words,
 *       Porter stemming; in the index also the parts of camel-case names ({@link #english(boolean)}).
 *   <li><b>Model names</b>: compact forms of versioned names, see {@link CompactNameFilter}.
 *   <li><b>Hangul bigrams</b> (summaries again): pairs of syllables, for words Nori segments differently
 *       in a query than in the papers' sentences.
 *   <li><b>Authors</b>: standard tokenizer, lower case, ASCII folding, so {@code Müller} is
 *       found by {@code muller} and any part of a name (usually the surname) matches.
 * </ul>
 */
public final class PaperAnalyzers {

  /** Machine-learning loanwords Nori would break apart; from config/, packed into the jar. */
  static final String USER_DICTIONARY = "userdict_ko.txt";

  /** Question words Nori reads as nouns ({@code 무엇}, {@code 누구}); from config/, packed into the jar. */
  static final String STOP_WORDS = "stopwords_ko.txt";

  /**
   * Word parts of titles: split on case changes and inner punctuation, the whole word kept; letters
   * and digits stay together ({@code Qwen2.5} → {@code qwen2}, {@code 5}; {@code 4o} stays whole).
   */
  static final Map<String, String> WORD_PARTS =
      Map.of(
          "splitOnCaseChange", "1",
          "preserveOriginal", "1",
          "generateWordParts", "1",
          "generateNumberParts", "1",
          "splitOnNumerics", "0");

  private PaperAnalyzers() {}

  /** The Korean summary analyzer. */
  public static Analyzer korean() {
    return korean(KoreanOptions.SHIPPED);
  }

  /** The Korean summary analyzer with other options, for comparisons. */
  public static Analyzer korean(KoreanOptions options) {
    return build(
        b -> {
          b.withTokenizer("korean", noriSettings(options.tokenizerMode()));
          if (options.splitInflections()) {
            b.addTokenFilter(WholeCompoundFilterFactory.NAME);
          }
          return b.addTokenFilter("koreanPartOfSpeechStop", new HashMap<>(Map.of("tags", options.stopTagsArgument())))
              .addTokenFilter("koreanReadingForm")
              .addTokenFilter("stop", new HashMap<>(Map.of("words", STOP_WORDS)))
              .addTokenFilter("lowercase")
              .addTokenFilter("porterStem");
        });
  }

  /**
   * Nori's morphemes with their parts of speech, nothing dropped or changed: the summary's user
   * dictionary, no filters, and DISCARD so that compounds and inflected forms come apart into their
   * morphemes; for telling what kind of word a query word is.
   */
  public static Analyzer koreanMorphemes() {
    return build(b -> b.withTokenizer("korean", noriSettings(KoreanTokenizer.DecompoundMode.DISCARD)));
  }

  /** Nori's tokenizer settings: punctuation dropped, the user dictionary loaded. */
  private static Map<String, String> noriSettings(KoreanTokenizer.DecompoundMode decompound) {
    return new HashMap<>(
        Map.of(
            "decompoundMode", decompound.name().toLowerCase(java.util.Locale.ROOT),
            "discardPunctuation", "true",
            "userDictionary", USER_DICTIONARY));
  }

  /**
   * The English title analyzer; {@code forIndex} also indexes the parts of words joined in camel case
   * or by dots ({@code SliceGPT} → {@code slicegpt}, {@code slice}, {@code gpt}; {@code DeepSeekMath} →
   * {@code deepseekmath}, {@code deep}, {@code seek}, {@code math}) beside the word itself, so a query
   * for a part finds the name. Queries are not split: {@code DeepSeek} must not also search every
   * title with "Deep".
   */
  public static Analyzer english(boolean forIndex) {
    return build(
        b -> {
          b.withTokenizer("standard").addTokenFilter("englishPossessive");
          if (forIndex) {
            b.addTokenFilter("wordDelimiterGraph", new HashMap<>(WORD_PARTS))
                .addTokenFilter("flattenGraph");
          }
          return b.addTokenFilter("lowercase")
              .addTokenFilter("stop")
              .addTokenFilter("porterStem");
        });
  }

  /**
   * The model-name analyzer ({@link CompactNameFilter}); {@code forQueries} joins words across
   * spaces, as users type {@code deepseek r1} for {@code DeepSeek-R1}.
   */
  public static Analyzer names(boolean forQueries) {
    return build(
        b ->
            b.withTokenizer("whitespace")
                .addTokenFilter(
                    CompactNameFilterFactory.NAME,
                    new HashMap<>(Map.of("joinWords", String.valueOf(forQueries)))));
  }

  /**
   * Overlapping pairs of Hangul characters ({@code 확산모델} → {@code 확산 산모 모델}); other words are
   * kept as they are, unused by queries but counted, so that the field's length is the summary's
   * (keeping only the Hangul pairs ranked worse on both benchmarks).
   */
  public static Analyzer hangulBigrams() {
    return build(
        b ->
            b.withTokenizer("standard")
                .addTokenFilter(
                    "cjkBigram",
                    new HashMap<>(Map.of("han", "false", "hiragana", "false", "katakana", "false"))));
  }

  /** The author-name analyzer. */
  public static Analyzer authors() {
    return build(
        b -> b.withTokenizer("standard").addTokenFilter("lowercase").addTokenFilter("asciiFolding"));
  }

  private interface Chain {
    CustomAnalyzer.Builder apply(CustomAnalyzer.Builder builder) throws IOException;
  }

  private static Analyzer build(Chain chain) {
    try {
      return chain
          .apply(CustomAnalyzer.builder(new ClasspathResourceLoader(PaperAnalyzers.class.getClassLoader())))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build analyzer: " + e.getMessage(), e);
    }
  }
}
