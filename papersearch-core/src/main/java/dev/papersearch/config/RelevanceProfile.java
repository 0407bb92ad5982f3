package dev.papersearch.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Every weight of the query path, from {@code config/relevance.properties}: the one home of the
 * numbers ranking depends on, so that a reader sees them together and the embedded index and the
 * SolrCloud configset cannot drift apart.
 *
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param title weight of a word matched in the title
 * @param summary weight of a word matched in the summary
 * @param authors weight of a word matched in the authors
 * @param names weight of a word matched among the summary's model names
 * @param tieBreaker how much a word's other matching fields add to its best one
 * @param transliteration weight of a Hangul word spelled in English
 * @param contestedTransliteration the same when the papers write the Hangul nearly as often
 * @param bigrams weight of a word's Hangul character pairs
 * @param expansion weight of a glossary or synonym expansion
 * @param koreanWording weight of the Korean the summaries write for an English term: its glossed wording
 *     and its Hangul spelling
 * @param translation weight of a lexicon translation of confidence 1 of an English word, in the Korean of
 *     the summaries (each pair's is this times the root of its confidence)
 * @param translationToEnglish the same for a Korean word, in the English of the titles and summaries
 * @param translationTieBreaker how much the lesser of a word and its translations adds to the greater
 * @param wordsFound what a paper gets for each query word it has, as typed or translated
 * @param otherLanguageGlossed what a paper gets for most words of a query in the other language of the papers
 *     it seeks (no paper has most of them as typed), each as typed or through a glossary term
 * @param otherLanguageTranslated the same, each word also through the mined lexicon
 * @param votesPrior weight of the votes prior, {@code 1 + w·ln(1 + votes)}; 0 for none
 * @param votesPriorUnknown the votes a paper whose digest gave none counts as having in the prior
 */
public record RelevanceProfile(
    float k1,
    float b,
    float title,
    float summary,
    float authors,
    float names,
    float tieBreaker,
    float transliteration,
    float contestedTransliteration,
    float bigrams,
    float expansion,
    float koreanWording,
    float translation,
    float translationToEnglish,
    float translationTieBreaker,
    float wordsFound,
    float otherLanguageGlossed,
    float otherLanguageTranslated,
    double votesPrior,
    double votesPriorUnknown) {

  /** Every key of a profile; declared before {@link #SHIPPED}, which is read with it. */
  private static final Set<String> KEYS =
      Set.of(
          "bm25.k1", "bm25.b", "field.title", "field.summary", "field.authors", "field.names", "tie-breaker",
          "transliteration", "transliteration.contested", "bigrams", "expansion", "expansion.korean", "translation", "translation.english", "translation.tie-breaker", "words-found",
          "other-language.glossed", "other-language.translated", "votes-prior", "votes-prior.unknown");

  /** The profile in the jar. */
  public static final RelevanceProfile SHIPPED = load("relevance.properties");

  /**
   * Alternatives of one thing (a word's spellings, a name's romanizations) score by the best of them
   * and add nothing for the others: a tie-breaker of 0, not a weight to tune.
   */
  public static final float ALTERNATIVES = 0f;

  /** BM25 with this profile's parameters, a phrase as rare as its rarest word ({@link PhraseIdfSimilarity}). */
  public Similarity similarity() {
    return new PhraseIdfSimilarity(k1, b);
  }

  /** Reads a profile resource; every key must be there and no other. */
  static RelevanceProfile load(String resource) {
    Properties p = new Properties();
    try (InputStream in = RelevanceProfile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the class path");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
    Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new SettingsException(resource + ": unknown keys " + unknown);
    }
    return new RelevanceProfile(
        (float) weight(p, resource, "bm25.k1"),
        (float) weight(p, resource, "bm25.b"),
        (float) weight(p, resource, "field.title"),
        (float) weight(p, resource, "field.summary"),
        (float) weight(p, resource, "field.authors"),
        (float) weight(p, resource, "field.names"),
        (float) weight(p, resource, "tie-breaker"),
        (float) weight(p, resource, "transliteration"),
        (float) weight(p, resource, "transliteration.contested"),
        (float) weight(p, resource, "bigrams"),
        (float) weight(p, resource, "expansion"),
        (float) weight(p, resource, "expansion.korean"),
        (float) weight(p, resource, "translation"),
        (float) weight(p, resource, "translation.english"),
        (float) weight(p, resource, "translation.tie-breaker"),
        (float) weight(p, resource, "words-found"),
        (float) weight(p, resource, "other-language.glossed"),
        (float) weight(p, resource, "other-language.translated"),
        weight(p, resource, "votes-prior"),
        weight(p, resource, "votes-prior.unknown"));
  }

  private static double weight(Properties p, String resource, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new SettingsException(resource + ": " + key + " is missing");
    }
    try {
      double weight = Double.parseDouble(value.strip());
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new NumberFormatException();
      }
      return weight;
    } catch (NumberFormatException e) {
      throw new SettingsException(resource + ": " + key + " = '" + value + "' is not a weight (a number of 0 or more)");
    }
  }
}
