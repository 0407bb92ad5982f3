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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link GlossaryMiner#glosses} finds exactly what the gloss pattern's {@code find()} finds. */
class GlossScanTest {

  /** Texts of the characters a gloss is made of and the ones that break it, short runs of each. */
  @Property(tries = 3000)
  void theScanFindsWhatFindFinds(@ForAll("texts") String text) {
    assertEquals(found(text), scanned(text));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "모델", "확산", "언어", "검색 증강 생성", "대형-언어", " ", "  ", "-", "(", ")", "(LLM)", "(Retrieval-Augmented Generation, RAG)",
            "(mixture of experts)", "(a", "(3D)", ", ", "; ", "x", "LLM", "은", ".", "\n", "(GPT-4o; OpenAI)", "((", "(Chain-of-Thought");
    return pieces.list().ofMaxSize(20).map(list -> String.join("", list));
  }

  /** Every summary of the real corpus: the same glosses, and thousands of them. */
  @Test
  void everySummaryOfTheCorpusHasTheSameGlosses() {
    int glosses = 0;
    for (Paper paper : new CorpusReader().read(RealCorpus.days(), CorpusReader.QUIETLY).papers()) {
      List<String> expected = found(paper.summaryText());
      assertEquals(expected, scanned(paper.summaryText()), paper.id());
      glosses += expected.size();
    }
    assertTrue(glosses > 10_000, "glosses compared: " + glosses);
  }

  private static List<String> found(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = GlossaryMiner.GLOSS.matcher(text);
    while (m.find()) {
      out.add(written(m));
    }
    return out;
  }

  private static List<String> scanned(String text) {
    return GlossaryMiner.glosses(text).stream().map(GlossScanTest::written).toList();
  }

  private static String written(MatchResult m) {
    return m.start() + "-" + m.end() + " [" + m.group(1) + "] [" + m.group(2) + "]";
  }
}
