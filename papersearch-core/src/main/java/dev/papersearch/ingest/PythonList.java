package dev.papersearch.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Python list literals that some digests print instead of plain text, such as {@code
 * Authors: ['Yiwei Chen', "Sean O'Brien"]} or a section body {@code ['첫 문장', '둘째 문장']}.
 */
final class PythonList {

  private PythonList() {}

  /** The string items of {@code text} when it is a list literal of strings, else {@code null}. */
  static List<String> items(String text) {
    String s = text.strip();
    if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
      return null;
    }
    List<String> items = new ArrayList<>();
    int i = 1;
    int end = s.length() - 1;
    while (i < end) {
      char c = s.charAt(i);
      if (c == ',' || Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c != '\'' && c != '"') {
        return null;
      }
      StringBuilder item = new StringBuilder();
      int j = i + 1;
      while (j < end && s.charAt(j) != c) {
        if (s.charAt(j) == '\\' && j + 1 < end) {
          j++;
        }
        item.append(s.charAt(j++));
      }
      if (j >= end) {
        return null;
      }
      items.add(item.toString());
      i = j + 1;
    }
    return items;
  }

  /** A list literal's items joined by newlines, or the text unchanged when it is not one. */
  static String unwrap(String text) {
    List<String> items = items(text);
    return items == null ? text : String.join("\n", items);
  }
}
