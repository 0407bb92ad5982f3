package dev.papersearch.typing;

import dev.papersearch.analysis.Hangul;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of the papers the {@link Vocabulary} counts, wherever the papers are read (an index
 * segment, a SolrCloud collection): Nori's Hangul terms of the summaries, and the English words of
 * the titles and summaries in the form papers write them, so that every backend reads typed words
 * against the same words.
 */
public final class PaperWords {

  /**
   * An English word: letters only, so the versions of model names ({@code GPT-4o}) are left out (their
   * letters are words); stop words are too, which no one types a word towards.
   */
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");

  /** Web and mail addresses, whose pieces (https, github, com) are no words anyone searches for. */
  private static final Pattern LINK =
      Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+|\\S+\\.(?:com|org|io|ai|net)\\b\\S*");

  private PaperWords() {}

  /** Whether a term of the summaries is a word of the vocabulary: Hangul, as Nori cut it. */
  static boolean isSummaryWord(String term) {
    return Hangul.isSyllables(term);
  }

  /** Counts the English words of one paper into {@code papersByForm}, each once, in the form it writes it. */
  static void countPaper(String summary, String title, Map<String, Integer> papersByForm) {
    englishForms(summary, title).forEach(form -> papersByForm.merge(form, 1, Integer::sum));
  }

  /**
   * The English words of one paper, one form of each, the summary's before the title's ({@code
   * pooling}, {@code VideoLLM}); a word capitalised only at its start in lower case. The summaries
   * gloss far more English terms than the titles use.
   */
  public static Collection<String> englishForms(String summary, String title) {
    Map<String, String> formOf = new HashMap<>();
    addForms(summary, formOf);
    addForms(title, formOf);
    return formOf.values();
  }

  /** Adds the English words of {@code text} not yet in {@code formOf}, by their lower case. */
  private static void addForms(String text, Map<String, String> formOf) {
    if (text == null) {
      return;
    }
    String words = LINK.matcher(text).replaceAll(" ");
    Matcher m = ENGLISH_WORD.matcher(words);
    while (m.find()) {
      String word = m.group();
      if (word.length() > 1 && !Vocabulary.isStopWord(word)) {
        String lower = word.toLowerCase(Locale.ROOT);
        // A capital first letter says little of a word: titles capitalise every word, glosses and
        // sentences their first (Large Language Models); capitals inside say a name (LoRA, GitHub), and
        // so does a version after it (Qwen2.5, Phi-4).
        formOf.putIfAbsent(lower, isCapitalised(word) && !versionAt(words, m.end()) ? lower : word);
      }
    }
  }

  /** Whether a version begins at {@code at} of {@code text}, right after a name's letters: {@code 2.5} of Qwen2.5, {@code -4} of Phi-4. */
  private static boolean versionAt(String text, int at) {
    int digit = at < text.length() && text.charAt(at) == '-' ? at + 1 : at;
    return digit < text.length() && Character.isDigit(text.charAt(digit));
  }

  /** Whether only the first letter of {@code word} is a capital ({@code Transformer}, not {@code LoRA}). */
  private static boolean isCapitalised(String word) {
    return Character.isUpperCase(word.charAt(0)) && word.substring(1).chars().noneMatch(Character::isUpperCase);
  }
}
