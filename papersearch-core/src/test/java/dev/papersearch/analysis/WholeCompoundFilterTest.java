package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/** Golden tokens, positions and offsets of {@link WholeCompoundFilter} over Nori's MIXED output. */
class WholeCompoundFilterTest {

  /** Each token as {@code term+increment/length[start,end]}. */
  private static List<String> filtered(String text) throws IOException {
    KoreanTokenizer tokenizer =
        new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, DecompoundMode.MIXED, false, true);
    tokenizer.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = new WholeCompoundFilter(tokenizer)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term + "+" + increment.getPositionIncrement() + "/" + length.getPositionLength() + "["
                + offset.startOffset() + "," + offset.endOffset() + "]");
      }
      ts.end();
    }
    return out;
  }

  @Test
  void compoundsStayWholeOnOnePosition() throws IOException {
    // MIXED alone: 시계열/2, 시+0, 계열+1, 인공지능/2, 인공+0, 지능+1.
    assertEquals(
        List.of("시계열+1/1[0,3]", "인공지능+1/1[4,8]", "을+1/1[8,9]"),
        filtered("시계열 인공지능을"));
  }

  @Test
  void inflectedFormsComeApartWithTheFormsPosition() throws IOException {
    // MIXED alone: 골라/2, 고르+0, 아+1; 줄였/2, 줄이+0, 었+1.
    assertEquals(
        List.of("토큰+1/1[0,2]", "만+1/1[2,3]", "고르+1/1[4,6]", "아+1/1[4,6]", "줄이+1/1[7,9]", "었+1/1[7,9]", "다+1/1[9,10]"),
        filtered("토큰만 골라 줄였다"));
  }

  @Test
  void otherTokensPassUnchanged() throws IOException {
    assertEquals(List.of("고르+1/1[0,2]", "는+1/1[2,3]", "모델+1/1[4,6]"), filtered("고르는 모델"));
  }

  @Test
  void conjugationsOfOneVerbMeetWhileCompoundsStayWhole() {
    Analyzer split = PaperAnalyzers.korean(KoreanOptions.SHIPPED.withInflectionsSplit(true));
    assertEquals(List.of("토큰", "고르", "학습"), Tokens.terms(split, "토큰만 골라 학습"));
    assertEquals(List.of("토큰", "고르", "학습"), Tokens.terms(split, "토큰을 고르는 학습"));
    assertEquals(List.of("시계열", "예측"), Tokens.terms(split, "시계열 예측"));
    // The shipped analysis keeps 골라 whole: it meets 고르는 only through the Hangul bigrams.
    assertEquals(List.of("토큰", "골라", "학습"), Tokens.terms(PaperAnalyzers.korean(), "토큰만 골라 학습"));
  }

  @Test
  void factoryIsFoundByItsSpiNameAndRejectsUnknownArguments() {
    TokenFilterFactory factory = TokenFilterFactory.forName(WholeCompoundFilterFactory.NAME, new HashMap<>());
    assertInstanceOf(WholeCompoundFilterFactory.class, factory);
    Map<String, String> args = new HashMap<>(Map.of("mode", "x"));
    assertThrows(IllegalArgumentException.class, () -> new WholeCompoundFilterFactory(args));
  }

  @Test
  void splittingInflectionsNeedsCompoundsKeptWhole() {
    assertThrows(
        IllegalArgumentException.class,
        () -> KoreanOptions.SHIPPED.withDecompound(DecompoundMode.DISCARD).withInflectionsSplit(true));
  }
}
