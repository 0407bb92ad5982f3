package dev.papersearch.typing;

import dev.papersearch.analysis.Hangul;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of the papers the {@link Vocabulary} counts, wherever the papers are read (an index
 * segment, a SolrCloud collection): Nori's Hangul terms of the summaries and the English words of the
 * titles, so that every backend reads typed words against the same words.
 */
final class PaperWords {

  /**
   * English words of a title: letters only, so versions and model names ({@code GPT-4o}) are left out;
   * so are stop words, which no one types a title word towards.
   */
  private static final Pattern TITLE_WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");

  private PaperWords() {}

  /** Whether a term of the summaries is a word of the vocabulary: Hangul, as Nori cut it. */
  static boolean isSummaryWord(String term) {
    return Hangul.isSyllables(term);
  }

  /** Counts the English words of one paper's {@code title} into {@code counts}, each once. */
  static void countTitle(String title, Map<String, Integer> counts) {
    Set<String> once = new HashSet<>();
    Matcher m = TITLE_WORD.matcher(title);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (word.length() > 1 && !Vocabulary.isStopWord(word) && once.add(word)) {
        counts.merge(word, 1, Integer::sum);
      }
    }
  }
}
