package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.Glossary.Word;
import dev.papersearch.analysis.Synonyms;
import dev.papersearch.index.PaperIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query built for a word written in Hangul and in English, from a glossary's counts. */
class PaperQueryBuilderTest {

  @TempDir static Path dir;
  private static PaperIndex index;

  @BeforeAll
  static void open() {
    index = PaperIndex.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static String query(String typed, Word english, Word hangul) {
    return query(typed, new Glossary(List.of(), List.of(english), List.of(hangul)));
  }

  private static String query(String typed, Glossary glossary) {
    return new PaperQueryBuilder(index.queryAnalyzer(), glossary)
        .build(UserQuery.parse(typed), DateRange.ALL, null)
        .query()
        .toString();
  }

  @Test
  void aRareHangulSpellingIsScoredAsTheEnglishWord() {
    // 라바 in 1 summary, LLaVA in 147: one term in the summaries, not the rare spelling's own weight.
    String q = query("라바", new Word("llava", 147), new Word("라바", 1));
    assertTrue(q.contains("Synonym(summary:llava summary:라바)"), q);
  }

  @Test
  void aCommonHangulSpellingKeepsItsOwnWeight() {
    // 어텐션 in 141 summaries, attention in 493: each spelling is a fair signal of its own.
    String q = query("어텐션", new Word("attention", 493), new Word("어텐션", 141));
    assertFalse(q.contains("Synonym("), q);
    assertTrue(q.contains("summary:어텐션") && q.contains("summary:attent"), q);
  }

  @Test
  void aVersionStaysWithItsNameInTheSummaries() {
    // Summaries are analyzed with the number apart (phi 4): a lone 4 must not count, as in GPT-4.
    String q = query("파이4", new Word("phi", 12), new Word("파이", 3));
    assertTrue(q.contains("summary:\"phi 4\"") && q.contains("summary:\"파이 4\""), q);
    assertFalse(q.contains("summary:phi summary:4") || q.contains("summary:파이 summary:4"), q);
  }

  @Test
  void aPieceOfALoanwordSearchedWholeIsNotGlossed() {
    // Nori cuts 콘텍스트 into 콘 + 텍스트, which glosses "text": a reader of 콘텍스트 (context) means neither.
    Glossary glossary =
        new Glossary(
            List.of(new Glossary.Entry("텍스트", "text", 40)),
            List.of(new Word("context", 300)),
            List.of(new Word("콘텍스트", 6)));
    String cut = query("콘텍스트 윈도우", glossary);
    assertTrue(cut.contains("title:context"), cut);
    assertFalse(cut.matches("(?s).*:text\\b.*"), cut);
    String word = query("텍스트 윈도우", glossary);
    assertTrue(word.matches("(?s).*title:text\\b.*"), word);
  }

  @Test
  void aWordTheSentenceMisreadsIsSearchedAndGlossedAsReadAlone() {
    // In this query Nori reads 지시 as 지 + an ending; alone it is the noun, glossed "instruction".
    Glossary glossary = new Glossary(List.of(new Glossary.Entry("지시", "instruction", 6)), List.of(), List.of());
    String q = query("응답만 학습해도 지시 따름", glossary);
    assertTrue(q.contains("summary:지시"), q);
    assertTrue(q.contains("title:instruct"), q);
    assertTrue(q.contains("summary:지)"), q); // the sentence's reading stays an alternative
  }

  @Test
  void aSynonymSearchesTheOtherWordsAndTheirGlosses() {
    Glossary glossary = new Glossary(List.of(new Glossary.Entry("인간", "human", 40)), List.of(), List.of());
    Synonyms synonyms = Synonyms.parse("test", "사람, 인간, 휴먼");
    String q =
        new PaperQueryBuilder(index.queryAnalyzer(), glossary, QueryOptions.shipped().withSynonyms(synonyms))
            .build(UserQuery.parse("사람 평가"), DateRange.ALL, null)
            .query()
            .toString();
    assertTrue(q.contains("summary:인간") && q.contains("summary:휴먼"), q);
    assertTrue(q.contains("title:human"), q); // 인간's gloss
    String none =
        new PaperQueryBuilder(index.queryAnalyzer(), glossary, QueryOptions.shipped().withSynonyms(Synonyms.NONE))
            .build(UserQuery.parse("사람 평가"), DateRange.ALL, null)
            .query()
            .toString();
    assertFalse(none.contains("인간"), none);
  }
}
