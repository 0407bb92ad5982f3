package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/** The summary words kept at indexing: what the miner would read itself, and an index stream unchanged. */
class SummaryWordsTest {

  private static final String SUMMARY =
      "대형 언어 모델(LLMs)의 환각(hallucination)을 줄이는 Transformers 기법. 환각은 LLM의 문제이며 Transformers는 변형된다.";

  private static final Analyzer KOREAN = PaperAnalyzers.korean();

  /**
   * Each English word (three letters or more) and Hangul word (two syllables or more) once, in order of
   * first use, with the first of its surfaces alphabetically: llm from LLMs and LLM.
   */
  @Test
  void theWordsTheLexiconCountsOnceEachWithTheirFirstSurface() {
    List<String> expected =
        List.of(
            "대형", "언어", "모델", "llm", "환각", "hallucin=hallucination", "줄이", "transform=transformers", "기법",
            "문제", "변형");
    assertEquals(expected, written(SummaryWords.read(SUMMARY)));
  }

  /** Read beside the index's analysis, the words are those the miner reads itself. */
  @Test
  void readWithTheIndexTheWordsAreTheMinersOwn() throws IOException {
    SummaryWords.Reading reading = SummaryWords.read(KOREAN, "summary", SUMMARY);
    try (TokenStream replay = reading.tokens()) {
      assertEquals(SummaryWords.read(SUMMARY), reading.words());
    }
  }

  /**
   * The stream handed to the index replays every token with its term, offsets, position increment and
   * length, and the final offset, as the analyzer's own stream gives them.
   */
  @Test
  void theIndexConsumesExactlyWhatTheAnalyzerReads() throws IOException {
    List<String> own;
    try (TokenStream stream = KOREAN.tokenStream("summary", SUMMARY)) {
      own = consumed(stream);
    }
    SummaryWords.Reading reading = SummaryWords.read(KOREAN, "summary", SUMMARY);
    try (TokenStream replay = reading.tokens()) {
      assertEquals(own, consumed(replay));
    }
    assertEquals(14, own.size() - 1, "tokens of the sample text, so the comparison is not of two empty lists");
  }

  @Test
  void encodedAndDecodedTheWordsAreTheSame() {
    SummaryWords words = SummaryWords.read(SUMMARY);
    assertEquals(words, SummaryWords.decode(words.encode()));
    SummaryWords none = SummaryWords.read("");
    assertEquals(List.of(), none.words());
    assertEquals(none, SummaryWords.decode(none.encode()));
  }

  private static List<String> written(SummaryWords words) {
    return words.words().stream()
        .map(w -> w.term().equals(w.surface()) ? w.term() : w.term() + "=" + w.surface())
        .toList();
  }

  /** Every token as the index reads it, then the final offset. */
  private static List<String> consumed(TokenStream stream) throws IOException {
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
    PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
    List<String> out = new ArrayList<>();
    stream.reset();
    while (stream.incrementToken()) {
      out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + "]+" + increment.getPositionIncrement() + "/" + length.getPositionLength());
    }
    stream.end();
    out.add("end " + offset.endOffset());
    return out;
  }
}
