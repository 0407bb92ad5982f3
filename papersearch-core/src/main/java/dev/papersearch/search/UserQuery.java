package dev.papersearch.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed, split into plain words, {@code "quoted phrases"} and {@code -excluded} words.
 *
 * <p>Nothing here can fail: an unclosed quote runs to the end of the text, a lone {@code -} is
 * ignored, and {@code OR} (the default between words anyway) is dropped. Every other character is
 * left for the analyzers, which discard punctuation, so query syntax characters never cause errors.
 */
public record UserQuery(List<String> words, List<String> phrases, List<String> excluded) {

  public UserQuery {
    words = List.copyOf(words);
    phrases = List.copyOf(phrases);
    excluded = List.copyOf(excluded);
  }

  public boolean isEmpty() {
    return words.isEmpty() && phrases.isEmpty();
  }

  /**
   * The query written as {@link #parse} reads it back: the words, the phrases in quotes, the excluded
   * words after a {@code -}; so that a query read on one machine (the words as meant) can be sent as
   * text to be built on others (SolrCloud's shards).
   */
  public String text() {
    List<String> parts = new ArrayList<>(words);
    phrases.forEach(p -> parts.add('"' + p + '"'));
    excluded.forEach(e -> parts.add("-" + e));
    return String.join(" ", parts);
  }

  /** Parses {@code text}; control characters count as spaces and the text is put in NFC. */
  public static UserQuery parse(String text) {
    String s = clean(text);
    List<String> words = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int close = s.indexOf('"', i + 1);
        int end = close < 0 ? s.length() : close;
        String phrase = s.substring(i + 1, end).strip();
        if (!phrase.isEmpty()) {
          phrases.add(phrase);
        }
        i = end + 1;
      } else {
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
          end++;
        }
        String word = s.substring(i, end);
        if (word.length() > 1 && word.charAt(0) == '-') {
          excluded.add(word.substring(1));
        } else if (!word.equals("OR") && !word.equals("-")) {
          words.add(word);
        }
        i = end;
      }
    }
    return new UserQuery(words, phrases, excluded);
  }

  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .map(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE ? ' ' : cp)
        .forEach(out::appendCodePoint);
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }
}
