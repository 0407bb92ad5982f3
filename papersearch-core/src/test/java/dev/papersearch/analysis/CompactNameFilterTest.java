package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Golden tokens of the model-name analyzer, for documents and for queries. */
class CompactNameFilterTest {

  private final Analyzer documents = PaperAnalyzers.names(false);
  private final Analyzer queries = PaperAnalyzers.names(true);

  @Test
  void versionedNamesAreJoinedAndKeepTheirParts() {
    assertEquals(
        List.of("gpt[0,3]", "gpt4o[0,6]", "4o[4,6]"),
        Tokens.of(documents, "GPT-4o는"));
    assertEquals(
        List.of(
            "qwen2[0,5]", "qwen25[0,7]", "qwen25vl[0,10]", "qwen25vl7b[0,13]", "5vl[6,10]", "5vl7b[6,13]",
            "vl[8,10]", "vl7b[8,13]", "7b[11,13]"),
        Tokens.of(documents, "Qwen2.5-VL-7B과"));
  }

  @Test
  void plainWordsAreLeftToTheOtherFields() {
    assertEquals(List.of(), Tokens.of(documents, "large language model 모델"));
    assertEquals(List.of("deepseek[1,9]", "deepseekr1[1,12]", "r1[10,12]"), Tokens.of(documents, "(DeepSeek-R1)"));
  }

  @Test
  void aNumberAfterASpaceContinuesTheName() {
    assertEquals(List.of("llama3[0,7]"), Tokens.of(documents, "Llama 3 모델"));
    assertEquals(List.of("exaone[0,6]", "exaone3[0,8]", "exaone30[0,10]", "30[7,10]"), Tokens.of(documents, "EXAONE 3.0"));
  }

  @Test
  void queriesJoinNamesWrittenWithSpaces() {
    assertEquals(List.of("qwen2[0,5]", "qwen2vl[0,8]"), Tokens.of(queries, "qwen2 vl 해상도"));
    assertEquals(List.of("deepseekr1[0,11]", "r1[9,11]"), Tokens.of(queries, "deepseek r1"));
    assertEquals(Tokens.terms(documents, "GPT-4o").contains("gpt4o"), Tokens.terms(queries, "gpt4o").contains("gpt4o"));
  }
}
