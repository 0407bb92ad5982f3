package dev.papersearch.analysis;

import java.util.List;
import java.util.Locale;

/**
 * The forms of a typed English word with and without a plural ending ({@code profiles} → {@code
 * profiles}, {@code profile}), for lookups made before analysis. Korean writes a loanword after the
 * singular ({@code 프로필}, {@code 레이어}, {@code 토큰}), so the plural a reader types must be tried
 * without its ending to find the Hangul spelling.
 */
public final class EnglishPlurals {

  private EnglishPlurals() {}

  /** {@code word}, then its singular when it looks like a regular plural. */
  public static List<String> forms(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int n = lower.length();
    if (n < 4 || !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
      return List.of(word);
    }
    if (lower.endsWith("ies") && n > 4) {
      return List.of(word, word.substring(0, n - 3) + "y");
    }
    if (lower.endsWith("es") && (lower.matches(".*(s|x|z|ch|sh)es"))) {
      return List.of(word, word.substring(0, n - 2));
    }
    return List.of(word, word.substring(0, n - 1));
  }
}
