package dev.papersearch.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * What an analyzer read from one text, replayed for the index to consume: each token's term, position
 * increment and offsets, then the final offset and position increment. These are all the index reads
 * of a token stream (its term's bytes, frequency, position increment and offsets); Lucene's {@code
 * CachingTokenFilter} would keep every attribute of every token instead, Nori's part of speech and
 * readings included, which cost a fifth of the analysis it saves.
 */
final class ReplayedTokens extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  private char[] chars = new char[256];
  private int length;
  /** Per token: where its term ends in {@link #chars}, its position increment, start and end offsets. */
  private int[] ends = new int[32];
  private int[] increments = new int[32];
  private int[] starts = new int[32];
  private int[] stops = new int[32];
  private int tokens;
  private int finalOffset;
  private int finalIncrement;
  private int next;

  /** Keeps the current token of {@code source}'s attributes. */
  void record(CharTermAttribute sourceTerm, PositionIncrementAttribute sourceIncrement, OffsetAttribute sourceOffset) {
    if (tokens == ends.length) {
      int grown = tokens * 2;
      ends = Arrays.copyOf(ends, grown);
      increments = Arrays.copyOf(increments, grown);
      starts = Arrays.copyOf(starts, grown);
      stops = Arrays.copyOf(stops, grown);
    }
    int n = sourceTerm.length();
    if (length + n > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
    }
    System.arraycopy(sourceTerm.buffer(), 0, chars, length, n);
    length += n;
    ends[tokens] = length;
    increments[tokens] = sourceIncrement.getPositionIncrement();
    starts[tokens] = sourceOffset.startOffset();
    stops[tokens] = sourceOffset.endOffset();
    tokens++;
  }

  /** Keeps what {@code source} says at its end. */
  void recordEnd(PositionIncrementAttribute sourceIncrement, OffsetAttribute sourceOffset) {
    finalIncrement = sourceIncrement.getPositionIncrement();
    finalOffset = sourceOffset.endOffset();
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    if (next == tokens) {
      return false;
    }
    clearAttributes();
    int from = next == 0 ? 0 : ends[next - 1];
    term.copyBuffer(chars, from, ends[next] - from);
    increment.setPositionIncrement(increments[next]);
    offset.setOffset(starts[next], stops[next]);
    next++;
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    increment.setPositionIncrement(finalIncrement);
    offset.setOffset(finalOffset, finalOffset);
  }
}
