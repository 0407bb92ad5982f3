package dev.papersearch.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns model names and versioned acronyms into one compact, lower-case token each, so that the many
 * ways of writing a name meet: {@code GPT-4o}, {@code gpt4o} and {@code GPT 4o} all give {@code
 * gpt4o}; {@code Qwen2.5-VL-7B} gives {@code qwen25vl7b} and its parts {@code qwen25}, {@code
 * qwen25vl}, {@code vl}, {@code vl7b}, {@code 7b}, so {@code qwen2.5 vl} finds it.
 *
 * <p>Expects whitespace tokens of raw text. Within a token, runs of Latin letters and digits joined by
 * {@code -}, {@code .} or {@code _} are split into segments, and every contiguous sequence of
 * segments is emitted with the separators removed, when it looks like a name (it has a digit or two
 * capitals, or joins segments); plain words such as {@code model} are left to the other fields.
 * Across a space, a run continues when the next word starts with a digit ({@code Llama 3}, {@code
 * EXAONE 3.0}); with {@code joinWords} (for queries, where users space names freely) it continues
 * over any Latin word ({@code deepseek r1}).
 */
public final class CompactNameFilter extends TokenFilter {

  private static final int MAX_SEGMENTS = 4;

  private final boolean joinWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

  /** How a segment attaches to the one before it. */
  private enum Link {
    JOINED,
    SPACED,
    BROKEN
  }

  private record Segment(String text, int start, int end, Link link) {}

  private record Out(String term, int start, int end) {}

  private final Deque<Out> pending = new ArrayDeque<>();
  private final Deque<Segment> segments = new ArrayDeque<>();
  private final List<Segment> run = new ArrayList<>();
  private boolean previousWordEndedLatin;

  public CompactNameFilter(TokenStream input, boolean joinWords) {
    super(input);
    this.joinWords = joinWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (pending.isEmpty()) {
      if (!fillRun()) {
        return false;
      }
      emit(run);
    }
    Out out = pending.removeFirst();
    clearAttributes();
    term.setEmpty().append(out.term());
    offset.setOffset(out.start(), out.end());
    increment.setPositionIncrement(1);
    return true;
  }

  /** Reads the next run of attached segments into {@link #run}; false at the end of the stream. */
  private boolean fillRun() throws IOException {
    run.clear();
    while (segments.isEmpty() || run.isEmpty() || continues(segments.peekFirst())) {
      if (segments.isEmpty()) {
        if (!readWord()) {
          return !run.isEmpty();
        }
        continue;
      }
      run.add(segments.removeFirst());
    }
    return true;
  }

  private boolean continues(Segment next) {
    return switch (next.link()) {
      case JOINED -> true;
      case SPACED -> Character.isDigit(next.text().charAt(0)) || (joinWords && run.size() < MAX_SEGMENTS);
      case BROKEN -> false;
    };
  }

  /** Splits the next whitespace token into Latin/digit segments. */
  private boolean readWord() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    int base = offset.startOffset();
    int i = 0;
    boolean lastWasLatin = false;
    while (i < word.length()) {
      if (!isAlnum(word.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < word.length() && isAlnum(word.charAt(i))) {
        i++;
      }
      Link link;
      if (start == 0) {
        link = previousWordEndedLatin ? Link.SPACED : Link.BROKEN;
      } else {
        boolean joined = start >= 2 && isJoiner(word.charAt(start - 1)) && isAlnum(word.charAt(start - 2));
        link = joined ? Link.JOINED : Link.BROKEN;
      }
      segments.addLast(new Segment(word.substring(start, i), base + start, base + i, link));
      lastWasLatin = i == word.length();
    }
    previousWordEndedLatin = lastWasLatin;
    return true;
  }

  private void emit(List<Segment> segments) {
    for (int from = 0; from < segments.size(); from++) {
      StringBuilder compact = new StringBuilder();
      int capitals = 0;
      boolean digit = false;
      for (int to = from; to < Math.min(segments.size(), from + MAX_SEGMENTS); to++) {
        String text = segments.get(to).text();
        compact.append(text.toLowerCase(Locale.ROOT));
        for (int c = 0; c < text.length(); c++) {
          capitals += Character.isUpperCase(text.charAt(c)) ? 1 : 0;
          digit |= Character.isDigit(text.charAt(c));
        }
        boolean nameLike = digit || capitals >= 2 || to > from;
        String out = compact.toString();
        if (nameLike && out.length() >= 2) {
          pending.add(new Out(out, segments.get(from).start(), segments.get(to).end()));
        }
      }
    }
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '.' || c == '_';
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    segments.clear();
    run.clear();
    previousWordEndedLatin = false;
  }
}
