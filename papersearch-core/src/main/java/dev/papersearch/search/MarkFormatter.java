package dev.papersearch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-escaped text in which only {@code <mark>} tags are markup.
 *
 * <p>Nori marks the stem of a Korean word ({@code 모델} in {@code 모델을}); a reader expects the word as
 * written to be marked, so each match is widened to the letters and digits around it, and matches
 * that then touch are merged. Passages longer than {@link #MAX_PASSAGE} characters are cut to a window
 * around their first match. The result is a {@code List<String>}, one entry per passage.
 */
final class MarkFormatter extends PassageFormatter {

  static final int MAX_PASSAGE = 240;
  private static final String ELLIPSIS = "…";

  @Override
  public List<String> format(Passage[] passages, String content) {
    List<String> out = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      out.add(format(passage, content));
    }
    return out;
  }

  private static String format(Passage passage, String content) {
    int start = passage.getStartOffset();
    int end = passage.getEndOffset();
    // Skip the line breaks between bullets that a passage may start or end with.
    while (start < end && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    List<int[]> marks = widenedMatches(passage, content, start, end);
    int windowStart = start;
    int windowEnd = end;
    if (end - start > MAX_PASSAGE) {
      int anchor = marks.isEmpty() ? start : marks.get(0)[0];
      windowStart = Math.max(start, anchor - MAX_PASSAGE / 4);
      windowEnd = Math.min(end, windowStart + MAX_PASSAGE);
      windowStart = Math.max(start, Math.min(windowStart, windowEnd - MAX_PASSAGE));
      windowStart = wordBoundaryAfter(content, windowStart, start);
      windowEnd = wordBoundaryBefore(content, windowEnd, end);
    }
    StringBuilder html = new StringBuilder(windowEnd - windowStart + 32);
    if (windowStart > start) {
      html.append(ELLIPSIS);
    }
    int pos = windowStart;
    for (int[] mark : marks) {
      int ms = Math.max(mark[0], windowStart);
      int me = Math.min(mark[1], windowEnd);
      if (ms >= me) {
        continue;
      }
      Html.escape(content, pos, ms, html);
      html.append("<mark>");
      Html.escape(content, ms, me, html);
      html.append("</mark>");
      pos = me;
    }
    Html.escape(content, pos, windowEnd, html);
    if (windowEnd < end) {
      html.append(ELLIPSIS);
    }
    return html.toString();
  }

  /** The passage's matches widened to whole words, sorted and merged, clipped to the passage. */
  private static List<int[]> widenedMatches(Passage passage, String content, int start, int end) {
    List<int[]> marks = new ArrayList<>();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int ms = Math.max(start, passage.getMatchStarts()[i]);
      int me = Math.min(end, passage.getMatchEnds()[i]);
      while (ms > start && isWordChar(content.charAt(ms - 1))) {
        ms--;
      }
      while (me < end && isWordChar(content.charAt(me))) {
        me++;
      }
      if (ms >= me) {
        continue;
      }
      int[] last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
      if (last != null && ms <= last[1]) {
        last[1] = Math.max(last[1], me);
      } else {
        marks.add(new int[] {ms, me});
      }
    }
    return marks;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static int wordBoundaryAfter(String content, int pos, int min) {
    int p = pos;
    while (p > min && p < content.length() && isWordChar(content.charAt(p - 1))) {
      p++;
      if (p - pos > 20) {
        return pos;
      }
    }
    return p;
  }

  private static int wordBoundaryBefore(String content, int pos, int max) {
    int p = pos;
    while (p < max && p > 0 && isWordChar(content.charAt(p))) {
      p--;
      if (pos - p > 20) {
        return pos;
      }
    }
    return p;
  }
}
