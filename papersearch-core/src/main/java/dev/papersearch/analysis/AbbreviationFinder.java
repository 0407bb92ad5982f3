package dev.papersearch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text defines an abbreviation: {@code 3D Gaussian Splatting (3DGS)}, or in a Korean
 * summary's gloss {@code 검색 증강 생성(Retrieval-Augmented Generation, RAG)}.
 *
 * <p>The short form stands in parentheses; the long form is the English words just before them, or
 * the gloss beside it. As in Schwartz and Hearst's algorithm ("A simple algorithm for identifying
 * abbreviation definitions in biomedical text", 2003), a long form is accepted when the short form's
 * letters and digits can be read off it in order, the first one starting its first word; here every
 * content word must give at least one of them, and the longest such run of words wins, so that
 * {@code Proximal Policy Optimization (PPO)} is not read as Policy Optimization.
 */
public final class AbbreviationFinder {

  /** An abbreviation and what it stands for, both in lower case with single spaces. */
  public record Definition(String shortForm, String longForm) {}

  private static final String SHORT = "([A-Za-z0-9][A-Za-z0-9\\-]{1,9})";

  /** English words, then the short form in parentheses. */
  static final Pattern AFTER_WORDS =
      Pattern.compile("([A-Za-z0-9][A-Za-z0-9 \\-]{2,100}?) ?\\(" + SHORT + "\\)");

  /** A gloss and the short form in one pair of parentheses, after a comma or semicolon. */
  private static final Pattern IN_GLOSS =
      Pattern.compile("\\(([A-Za-z0-9][A-Za-z0-9 \\-]{2,100}?) *[,;] *" + SHORT + "\\)");

  /** Words an abbreviation usually skips: {@code RLHF}, reinforcement learning from human feedback. */
  private static final Set<String> SKIPPABLE =
      Set.of("a", "an", "and", "as", "by", "for", "from", "in", "of", "on", "the", "to", "via", "with");

  private AbbreviationFinder() {}

  /** The definitions in {@code text}, in order. */
  public static List<Definition> in(String text) {
    List<Definition> out = new ArrayList<>();
    Matcher inGloss = IN_GLOSS.matcher(text);
    List<MatchResult> found = new ArrayList<>(afterWords(text));
    while (inGloss.find()) {
      found.add(inGloss.toMatchResult());
    }
    for (MatchResult m : found) {
      Definition d = define(m.group(2), m.group(1));
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * What {@link #AFTER_WORDS}'s {@code find()} finds, tried only in the 102 characters before a
   * parenthesis (at most 101 words' characters and a space) that a letter or digit follows.
   */
  static List<MatchResult> afterWords(String text) {
    return ParenthesisScan.find(AFTER_WORDS, text, AbbreviationFinder::inWords, AbbreviationFinder::isLetterOrDigit, 102);
  }

  private static boolean isLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** A character of {@link #AFTER_WORDS}'s words: ASCII letters, digits, spaces, hyphens. */
  private static boolean inWords(int c) {
    return isLetterOrDigit(c) || c == ' ' || c == '-';
  }

  /**
   * The definition of {@code shortForm} by the last words of {@code before}, or {@code null}. A
   * hyphenated compound is first one word (the M of MLLMs is all that multi-modal gives), then, if
   * that explains nothing, its parts are ({@code Mixture-of-Experts}).
   */
  static Definition define(String shortForm, String before) {
    if (shortForm.chars().filter(Character::isUpperCase).count() < 2) {
      return null; // a word or a number in parentheses, not an abbreviation
    }
    String letters = shortForm.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String text = before.toLowerCase(Locale.ROOT).strip();
    String longForm = longForm(letters, text.split(" +"));
    if (longForm == null) {
      longForm = longForm(letters, text.split("[ \\-]+"));
    }
    return longForm == null || longForm.replace(" ", "").equals(letters)
        ? null
        : new Definition(shortForm.toLowerCase(Locale.ROOT), longForm);
  }

  /** The longest run of last words that {@linkplain #explains explains} the letters, or {@code null}. */
  private static String longForm(String letters, String[] words) {
    int maxWords = Math.min(letters.length() + 5, 2 * letters.length());
    for (int n = Math.min(maxWords, words.length); n >= 2; n--) {
      List<String> candidate = List.of(words).subList(words.length - n, words.length);
      if (!SKIPPABLE.contains(candidate.get(0)) && explains(letters, candidate)) {
        return String.join(" ", candidate).replace('-', ' ').replaceAll(" +", " ");
      }
    }
    return null;
  }

  /**
   * Whether the letters can be read off the words in order, the first at the start of the first
   * word, with at least one from every word that is not {@link #SKIPPABLE}. Each word takes a run of
   * the letters that is a subsequence of it, so a table over (word, letters taken) decides in
   * polynomial time where a search over letter positions could take exponential time.
   */
  static boolean explains(String letters, List<String> words) {
    int n = letters.length();
    if (n == 0 || words.get(0).isEmpty() || words.get(0).charAt(0) != letters.charAt(0)) {
      return false;
    }
    // taken[j]: the words so far can give exactly the first j letters
    boolean[] taken = new boolean[n + 1];
    for (int j = 1; j <= n; j++) {
      taken[j] = isSubsequence(letters, 1, j, words.get(0).substring(1));
    }
    for (int w = 1; w < words.size(); w++) {
      boolean optional = SKIPPABLE.contains(words.get(w));
      boolean[] next = new boolean[n + 1];
      for (int i = 1; i <= n; i++) {
        if (!taken[i]) {
          continue;
        }
        next[i] |= optional;
        for (int j = i + 1; j <= n && isSubsequence(letters, i, j, words.get(w)); j++) {
          next[j] = true;
        }
      }
      taken = next;
    }
    return taken[n];
  }

  private static boolean isSubsequence(String letters, int from, int to, String word) {
    int at = 0;
    for (int i = from; i < to; i++) {
      at = word.indexOf(letters.charAt(i), at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
  }
}
