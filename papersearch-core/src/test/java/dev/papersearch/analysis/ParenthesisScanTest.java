package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.Paper;
import dev.papersearch.support.RealCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The glosses ({@link GlossaryMiner#glosses}) and abbreviations after their words ({@link
 * AbbreviationFinder#afterWords}) found by {@link ParenthesisScan} are exactly what the patterns'
 * {@code find()} finds.
 */
class ParenthesisScanTest {

  /** Texts of the characters a gloss is made of and the ones that break it, short runs of each. */
  @Property(tries = 3000)
  void theGlossesAreWhatFindFinds(@ForAll("glossTexts") String text) {
    assertEquals(found(GlossaryMiner.GLOSS, text), written(GlossaryMiner.glosses(text)));
  }

  /** The same for abbreviations, with runs of words longer than the pattern's hundred characters. */
  @Property(tries = 3000)
  void theAbbreviationsAreWhatFindFinds(@ForAll("abbreviationTexts") String text) {
    assertEquals(found(AbbreviationFinder.AFTER_WORDS, text), written(AbbreviationFinder.afterWords(text)));
  }

  @Provide
  Arbitrary<String> glossTexts() {
    return texts(
        "모델", "확산", "언어", "검색 증강 생성", "대형-언어", " ", "  ", "-", "(", ")", "(LLM)", "(Retrieval-Augmented Generation, RAG)",
        "(mixture of experts)", "(a", "(3D)", ", ", "; ", "x", "LLM", "은", ".", "\n", "(GPT-4o; OpenAI)", "((", "(Chain-of-Thought");
  }

  @Provide
  Arbitrary<String> abbreviationTexts() {
    return texts(
        "Low-Rank Adaptation", "Gaussian Splatting", "3D", " ", "-", "(", ")", "(LoRA)", "(3DGS)", " (RLHF)", "(a)", "(GPT-4o)",
        "(Very-Long-Short-Form-X)", "모델", ",", "abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij", "x", "((", "(9");
  }

  private static Arbitrary<String> texts(String... pieces) {
    return Arbitraries.of(pieces).list().ofMaxSize(20).map(list -> String.join("", list));
  }

  /** Every title and summary of the real corpus: the same matches, and thousands of them. */
  @Test
  void everyTitleAndSummaryOfTheCorpusHasTheSameMatches() {
    int glosses = 0;
    int abbreviations = 0;
    for (Paper paper : new CorpusReader().read(RealCorpus.days(), CorpusReader.QUIETLY).papers()) {
      for (String text : List.of(paper.title(), paper.summaryText())) {
        List<String> expected = found(GlossaryMiner.GLOSS, text);
        assertEquals(expected, written(GlossaryMiner.glosses(text)), paper.id());
        glosses += expected.size();
        expected = found(AbbreviationFinder.AFTER_WORDS, text);
        assertEquals(expected, written(AbbreviationFinder.afterWords(text)), paper.id());
        abbreviations += expected.size();
      }
    }
    assertTrue(glosses > 10_000, "glosses compared: " + glosses);
    assertTrue(abbreviations > 1_000, "abbreviations compared: " + abbreviations);
  }

  private static List<String> found(Pattern pattern, String text) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.toMatchResult());
    }
    return written(out);
  }

  private static List<String> written(List<MatchResult> matches) {
    return matches.stream().map(m -> m.start() + "-" + m.end() + " [" + m.group(1) + "] [" + m.group(2) + "]").toList();
  }
}
