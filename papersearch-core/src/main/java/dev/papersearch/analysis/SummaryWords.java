package dev.papersearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The words of one summary that the lexicon counts ({@link TranslationMiner}): its English and Hangul
 * words, each once in order of first use with the text it was read from. They are read while the
 * summary is analyzed for the index and kept with the paper, so that mining the glossary at a commit
 * does not run Nori over every summary a second time: that second reading was half of a full build's
 * work, more than writing the index.
 */
public final class SummaryWords {

  /** Each word's analyzed form and its first surface alphabetically, in order of first use. */
  private final List<TranslationMiner.Token> words;

  /** Each term with its surface, in order of first use. */
  private SummaryWords(Map<String, String> surfaces) {
    this.words = surfaces.entrySet().stream().map(e -> new TranslationMiner.Token(e.getKey(), e.getValue())).toList();
  }

  private SummaryWords(List<TranslationMiner.Token> words) {
    this.words = List.copyOf(words);
  }

  private static String firstAlphabetically(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The words of {@code summary} as the miner's own Korean analyzer reads them. */
  static SummaryWords read(String summary) {
    return read(TranslationMiner.KOREAN, "", summary).words();
  }

  List<TranslationMiner.Token> words() {
    return words;
  }

  /**
   * A summary read once: the token stream to index it with, which replays what was read, and the
   * words the lexicon counts in it.
   */
  public record Reading(TokenStream tokens, SummaryWords words) {}

  /**
   * Analyzes {@code summary} as {@code analyzer} reads {@code field}, keeping every token for the index
   * to consume as if it read the text itself. The words are the miner's only when {@code analyzer}
   * reads {@code field} as {@link TranslationMiner#KOREAN} does, which the caller knows.
   */
  public static Reading read(Analyzer analyzer, String field, String summary) {
    ReplayedTokens replay = new ReplayedTokens();
    Map<String, String> surfaces = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream(field, summary)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        replay.record(term, increment, offset);
        if (TranslationMiner.isEnglishWord(term) || TranslationMiner.isKoreanWord(term)) {
          String surface = summary.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
          surfaces.merge(term.toString(), surface, SummaryWords::firstAlphabetically);
        }
      }
      stream.end();
      replay.recordEnd(increment, offset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Reading(replay, new SummaryWords(surfaces));
  }

  /** The words as doc values keep them. */
  public BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(words.size());
      for (TranslationMiner.Token w : words) {
        out.writeString(w.term());
        boolean asRead = w.surface().equals(w.term()); // most are: a word read as written
        out.writeByte((byte) (asRead ? 0 : 1));
        if (!asRead) {
          out.writeString(w.surface());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
    return new BytesRef(out.toArrayCopy());
  }

  /** The words {@link #encode} kept. */
  public static SummaryWords decode(BytesRef bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    try {
      int n = in.readVInt();
      List<TranslationMiner.Token> words = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String term = in.readString();
        words.add(new TranslationMiner.Token(term, in.readByte() == 0 ? term : in.readString()));
      }
      return new SummaryWords(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from memory
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SummaryWords other && words.equals(other.words);
  }

  @Override
  public int hashCode() {
    return words.hashCode();
  }
}
