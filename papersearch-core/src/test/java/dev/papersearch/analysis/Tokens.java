package dev.papersearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Runs an analyzer and writes each token as {@code term[start,end]}, for golden-token assertions. */
public final class Tokens {

  private Tokens() {}

  public static List<String> of(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Only the terms, for assertions where offsets are not the point. */
  public static List<String> terms(Analyzer analyzer, String text) {
    return of(analyzer, text).stream().map(t -> t.substring(0, t.lastIndexOf('['))).toList();
  }
}
