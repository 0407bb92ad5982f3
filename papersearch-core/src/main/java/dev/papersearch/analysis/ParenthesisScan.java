package dev.papersearch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a pattern's {@code find()} finds when each match is a run of some characters followed by
 * an opening parenthesis, without trying the pattern at every character: only at the starts in the
 * run just before a parenthesis that can open a match, leftmost first. A match cannot start earlier,
 * since it would have to cross a character the run does not allow, nor reach a later parenthesis
 * across this one; so the first start that matches is the one {@code find()} reports. For the glosses
 * and abbreviations of the summaries, patterns that scan forward from each letter, that was a tenth of
 * a full build.
 */
final class ParenthesisScan {

  private ParenthesisScan() {}

  /**
   * The matches of {@code pattern} in {@code text}, as {@code find()} gives them, for a pattern whose
   * matches are characters {@code inRun} accepts (at most {@code maxRun} of them) and then a {@code (}
   * whose next character {@code opens} accepts.
   */
  static List<MatchResult> find(Pattern pattern, String text, IntPredicate inRun, IntPredicate opens, int maxRun) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    int from = 0;
    for (int open = opening(text, from, opens); open >= 0; open = opening(text, from, opens)) {
      int start = open;
      while (start > from && open - start < maxRun && inRun.test(text.charAt(start - 1))) {
        start--;
      }
      from = open + 1;
      for (int s = start; s < open; s++) {
        if (m.region(s, text.length()).lookingAt()) {
          out.add(m.toMatchResult());
          from = m.end();
          break;
        }
      }
    }
    return out;
  }

  /** The first parenthesis at or after {@code from} whose next character {@code opens} accepts, or -1. */
  private static int opening(String text, int from, IntPredicate opens) {
    for (int i = text.indexOf('(', from); i >= 0; i = text.indexOf('(', i + 1)) {
      if (i + 1 < text.length() && opens.test(text.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }
}
