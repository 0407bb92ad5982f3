package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.index.Fields;
import dev.papersearch.index.PaperDocuments;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Golden summary tokens of queries, read as one sentence and word by word. */
class AnalyzedQueryTest {

  private static final Analyzer ANALYZER = PaperDocuments.queryAnalyzer(KoreanOptions.SHIPPED);

  private static List<String> sentence(String query) {
    return render(AnalyzedQuery.of(ANALYZER, Fields.SUMMARY, words(query)));
  }

  private static List<String> wordByWord(String query) {
    AnalyzedQuery sentence = AnalyzedQuery.of(ANALYZER, Fields.SUMMARY, words(query));
    return render(sentence.readingEachWord(ANALYZER, Fields.SUMMARY, words(query), words(query).size()));
  }

  private static List<String> words(String query) {
    return Arrays.asList(query.split(" "));
  }

  /** Each token as term/position/word. */
  private static List<String> render(AnalyzedQuery q) {
    return q.tokens().stream().map(t -> t.term() + "/" + t.position() + "/" + t.word()).toList();
  }

  @Test
  void aWordWhoseEndTheSentenceCutsOffIsReadAlone() {
    // Between bare nouns Nori reads 길이 as 길 + the particle 이, and 지시 as 지 + an ending.
    assertEquals(List.of("보상/0/0", "모델/1/1", "응답/2/2", "길/3/3", "해킹/5/4"), sentence("보상 모델 응답 길이 해킹"));
    assertEquals(List.of("보상/0/0", "모델/1/1", "응답/2/2", "길이/3/3", "해킹/5/4"), wordByWord("보상 모델 응답 길이 해킹"));
    assertEquals(List.of("응답/0/0", "학습/2/1", "지/4/2", "따름/6/3"), sentence("응답만 학습해도 지시 따름"));
    assertEquals(List.of("응답/0/0", "학습/2/1", "지시/4/2", "따름/6/3"), wordByWord("응답만 학습해도 지시 따름"));
  }

  @Test
  void aWordTheSentenceDropsIsReadAlone() {
    // Among nouns 깊이 is read as the adverb (deeply), a stop tag; alone it is the noun (depth).
    assertEquals(List.of("확산/0/0", "모델/1/0", "단안/2/1", "추정/4/3"), sentence("확산모델 단안 깊이 추정"));
    assertEquals(List.of("확산/0/0", "모델/1/0", "단안/2/1", "깊이/3/2", "추정/4/3"), wordByWord("확산모델 단안 깊이 추정"));
  }

  @Test
  void theSentenceReadingStaysWhereAloneKeepsNoMore() {
    // Alone, 크리틱 gives two tokens and 못하는 fewer letters: the sentence's reading is kept.
    for (String query : List.of("리인포스 플러스플러스 크리틱 없는 정렬", "생각하면 사람도 못하는 과제")) {
      assertEquals(sentence(query), wordByWord(query), query);
    }
  }
}
