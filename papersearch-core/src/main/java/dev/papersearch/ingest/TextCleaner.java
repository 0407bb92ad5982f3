package dev.papersearch.ingest;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans one line of digest text before it becomes part of a {@link Paper}.
 *
 * <p>The digests were produced by decoding a model's JSON output, so LaTeX commands such as {@code
 * \textit}, {@code \benchbench} and {@code \framework} arrive with their first two characters turned
 * into a control character (TAB, U+0008, U+000C). Those are turned back into the backslash sequence
 * they came from, so the text reads as written and the word after it stays searchable. Any other
 * control character becomes a space, no-break spaces become plain spaces, and the text is put in
 * Unicode NFC so that decomposed Hangul matches the composed form.
 */
final class TextCleaner {

  private static final Pattern EMPHASIS = Pattern.compile("\\*{2,3}([^*\\n]+?)\\*{1,3}");
  /** Asterisks left over once pairs are gone: a marker whose partner the model dropped. */
  private static final Pattern STRAY_EMPHASIS = Pattern.compile("\\*{2,}");

  private TextCleaner() {}

  /** Restores JSON-mangled LaTeX escapes, removes other control characters and normalises to NFC. */
  static String clean(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean letterFollows = i + 1 < line.length() && Character.isLetter(line.charAt(i + 1));
      switch (c) {
        case '\b' -> out.append(letterFollows ? "\\b" : " ");
        case '\f' -> out.append(letterFollows ? "\\f" : " ");
        case '\t' -> out.append(letterFollows ? "\\t" : " ");
        case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * Removes markdown emphasis ({@code **x**}, {@code ***x***}) from summary text, and any run of two
   * or more asterisks left without a partner (on 2025-03-12 the malformed {@code ***Technical
   * Details*:} label is followed by a lone {@code **} later in its line), so no markup reaches the
   * index or the snippets.
   */
  static String stripEmphasis(String text) {
    if (!text.contains("**")) {
      return text;
    }
    String paired = EMPHASIS.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    return STRAY_EMPHASIS.matcher(paired).replaceAll("");
  }
}
