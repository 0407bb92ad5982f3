package dev.papersearch.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The English words a paper adds to the vocabulary, in the form it writes them. */
class PaperWordsTest {

  private static Map<String, Integer> forms(String summary, String title) {
    Map<String, Integer> papersByForm = new HashMap<>();
    PaperWords.countPaper(summary, title, papersByForm);
    return papersByForm;
  }

  @Test
  void aCapitalOnlyAtTheStartFoldsUnlessAVersionFollowsTheName() {
    assertEquals(
        Map.of("Qwen", 1, "Phi", 1, "transformer", 1, "LoRA", 1, "scaling", 1, "models", 1, "gemini", 1),
        forms("큐웬(Qwen2.5)과 Phi-4, Transformer 모델을 LoRA로 조정한다.", "Scaling Qwen Models with Gemini 1.5"));
  }

  @Test
  void theSummaryFormComesBeforeTheTitleFormAndAddressesAreNoWords() {
    assertEquals(
        Map.of("pooling", 1, "VideoLLM", 1),
        forms("풀링(pooling)을 쓴다. https://github.com/org/VideoLLM-Repo", "Pooling for VideoLLM"));
  }
}
