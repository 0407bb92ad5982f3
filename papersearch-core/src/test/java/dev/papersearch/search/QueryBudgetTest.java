package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.index.Fields;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/**
 * The {@link QueryBudget} of {@link PaperQueryBuilder}, read off the query tree: clauses counted as
 * Lucene counts them, and the terms each field searches.
 */
class QueryBudgetTest extends OverSampleIndex {

  /** The longest query the API accepts by default ({@code search.max-query-length}). */
  private static final int MAX_LENGTH = 512;

  /** Written for this test: a summary-like Korean text, longer than a query may be. */
  private static final String TEXT =
      "대규모 언어 모델의 추론 비용을 줄이기 위해 우리는 양자화와 지식 증류를 결합한 새로운 방법을 제안한다. 트랜스포머 기반 모델은"
          + " 긴 문맥을 처리할 때 어텐션 계산이 입력 길이의 제곱에 비례하여 메모리와 시간이 크게 늘어난다. 제안한 방법은 중요한 토큰만"
          + " 남기는 희소 어텐션과 저정밀도 가중치를 함께 사용하여 정확도 손실 없이 처리 속도를 세 배 높였다. 또한 강화 학습으로 보상"
          + " 모델을 학습시켜 생성된 답변의 품질을 평가하고, 검색 증강 생성 파이프라인에 적용하여 질의응답 벤치마크에서 기존 최고 성능을"
          + " 넘어섰다. 실험은 여러 언어와 도메인의 데이터셋에서 수행되었으며, 작은 모델에서도 일관된 향상을 보였다. 코드와 체크포인트는"
          + " 공개될 예정이며, 후속 연구로 멀티모달 입력과 비디오 생성으로의 확장을 계획하고 있다. 우리는 이 결과가 효율적인 배포와"
          + " 온디바이스 추론에 도움이 되기를 기대한다. 마지막으로 한계와 윤리적 고려 사항을 논의하고, 편향된 데이터가 평가 결과에 미치는"
          + " 영향을 분석하며, 안전한 사용을 위한 지침과 재현 가능한 실험 설정을 부록에 정리한다.";

  private static final Glossary GLOSSARY =
      new Glossary(
          List.of(
              new Glossary.Entry("트랜스포머", "transformer", 40),
              new Glossary.Entry("강화 학습", "reinforcement learning", 30),
              new Glossary.Entry("확산 모델", "diffusion model", 20)),
          List.of(),
          List.of());

  private static BuiltQuery build(String typed, QueryBudget budget, Glossary glossary) {
    IndexReader vocabulary = searcher.getIndexReader();
    return new PaperQueryBuilder(index.queryAnalyzer(), glossary, QueryOptions.shipped().withBudget(budget))
        .build(UserQuery.parse(typed), DateRange.ALL, vocabulary);
  }

  private static BuiltQuery shipped(String typed) {
    return build(typed, QueryBudget.SHIPPED, index.glossary());
  }

  @Test
  void theIssuesQueryOf256DistinctSyllablesStaysWithinTheBudget() {
    List<String> syllables = syllables(256);
    BuiltQuery built = shipped(String.join(" ", syllables));
    QueryBudget budget = QueryBudget.SHIPPED;
    assertTrue(clauses(built.query()) <= budget.clauses(), clauses(built.query()) + " clauses");
    assertDoesNotThrow(() -> searcher.count(built.query()));
    // Exactly the first searchedWords syllables are searched (each is a title term of its own, beside
    // the English spellings of some), and the notes name the others, in the order typed.
    Set<String> hangulInTitles = new HashSet<>(terms(built.query()).get(Fields.TITLE));
    hangulInTitles.removeIf(t -> !t.matches("[가-힣]+"));
    assertEquals(Set.copyOf(syllables.subList(0, budget.searchedWords())), hangulInTitles);
    assertEquals(syllables.subList(budget.expandedWords(), budget.searchedWords()), built.notes().plainWords());
    assertEquals(syllables.subList(budget.searchedWords(), syllables.size()), built.notes().droppedWords());
  }

  @Test
  void aMaximumLengthTextStaysWithinTheBudgetAndNamesTheWordsItLeftOut() {
    String text = TEXT.substring(0, MAX_LENGTH).strip();
    List<String> words = UserQuery.parse(text).words();
    assertTrue(words.size() > QueryBudget.SHIPPED.searchedWords(), words.size() + " words");
    BuiltQuery built = shipped(text);
    QueryBudget budget = QueryBudget.SHIPPED;
    assertTrue(clauses(built.query()) <= budget.clauses(), clauses(built.query()) + " clauses");
    assertDoesNotThrow(() -> searcher.count(built.query()));
    assertEquals(words.subList(budget.expandedWords(), budget.searchedWords()), built.notes().plainWords());
    assertEquals(words.subList(budget.searchedWords(), words.size()), built.notes().droppedWords());
  }

  @Test
  void expandedWordsGetEveryExpansionPlainWordsTheirTokensAndLaterWordsNothing() {
    BuiltQuery built = build("트랜스포머 강화학습 확산모델", new QueryBudget(1, 2, 32, 64, 768), GLOSSARY);
    Map<String, Set<String>> terms = terms(built.query());
    // 트랜스포머: its character pairs and its gloss.
    assertTrue(terms.get(Fields.SUMMARY_BIGRAMS).containsAll(Set.of("트랜", "랜스", "스포", "포머")), terms.toString());
    assertTrue(terms.get(Fields.TITLE).contains("transform"), terms.toString());
    // 강화학습: its tokens in the title and the summaries, no pairs, no gloss.
    assertTrue(terms.get(Fields.TITLE).contains("강화학습") && terms.get(Fields.SUMMARY).contains("학습"), terms.toString());
    assertFalse(terms.get(Fields.SUMMARY_BIGRAMS).contains("화학"), terms.toString());
    assertFalse(terms.get(Fields.TITLE).contains("reinforc"), terms.toString());
    // 확산모델: nowhere.
    assertTrue(terms.values().stream().flatMap(Set::stream).noneMatch(t -> t.contains("확산")), terms.toString());
    assertEquals(new QueryNotes(List.of("강화학습"), List.of("확산모델")), built.notes());
  }

  @Test
  void aWordWhoseExpansionsAskTooMuchIsSearchedAsTypedAndOneWhoseTokensDoIsNot() {
    Glossary none = Glossary.EMPTY;
    int plain = clauses(build("트랜스포머", new QueryBudget(0, 1, 32, 64, 768), none).query());
    assertTrue(clauses(build("트랜스포머", new QueryBudget(1, 1, 32, 64, 768), none).query()) > plain);
    BuiltQuery capped = build("트랜스포머", new QueryBudget(1, 1, 32, plain, 768), none);
    assertEquals(plain, clauses(capped.query()));
    assertEquals(new QueryNotes(List.of("트랜스포머"), List.of()), capped.notes());
    BuiltQuery tooLong = build("트랜스포머", new QueryBudget(1, 1, "트랜스포머".length() - 1, 64, 768), none);
    assertEquals(plain, clauses(tooLong.query()));
    assertEquals(new QueryNotes(List.of("트랜스포머"), List.of()), tooLong.notes());
    assertEquals(new QueryNotes(List.of(), List.of("트랜스포머")), build("트랜스포머", new QueryBudget(1, 1, 32, plain - 1, 768), none).notes());
  }

  @Test
  void phrasesThenExclusionsThenWordsAreTakenWhileTheClausesLast() {
    String typed = "\"확산 모델\" -비디오 트랜스포머";
    QueryBudget roomy = QueryBudget.SHIPPED;
    int phrase = clauses(build("\"확산 모델\"", roomy, GLOSSARY).query());
    int phraseAndExclusion = clauses(build("\"확산 모델\" -비디오", roomy, GLOSSARY).query());
    assertEquals(QueryNotes.NONE, build(typed, roomy, GLOSSARY).notes());
    assertEquals(new QueryNotes(List.of(), List.of("트랜스포머")), build(typed, withClauses(phraseAndExclusion), GLOSSARY).notes());
    assertEquals(new QueryNotes(List.of(), List.of("-비디오", "트랜스포머")), build(typed, withClauses(phrase), GLOSSARY).notes());
    BuiltQuery nothing = build(typed, withClauses(1), GLOSSARY);
    assertEquals(new QueryNotes(List.of(), List.of("\"확산 모델\"", "-비디오", "트랜스포머")), nothing.notes());
    assertEquals(0, assertDoesNotThrow(() -> searcher.count(nothing.query())));
  }

  private static QueryBudget withClauses(int clauses) {
    QueryBudget shipped = QueryBudget.SHIPPED;
    return new QueryBudget(
        shipped.expandedWords(), shipped.searchedWords(), shipped.expandedWordLength(), shipped.clausesPerWord(), clauses);
  }

  @Test
  void theQueryStaysBelowLucenesLimitWhateverTheBudgetSays() {
    int limit = IndexSearcher.getMaxClauseCount();
    IndexSearcher.setMaxClauseCount(100);
    try {
      QueryBudget unbounded = new QueryBudget(256, 256, MAX_LENGTH, 10_000, 10_000);
      BuiltQuery built = build(String.join(" ", syllables(256)), unbounded, index.glossary());
      assertTrue(clauses(built.query()) < 100, clauses(built.query()) + " clauses");
      assertDoesNotThrow(() -> searcher.count(built.query()));
      assertFalse(built.notes().droppedWords().isEmpty());
    } finally {
      IndexSearcher.setMaxClauseCount(limit);
    }
  }

  @Test
  void theSameQueryIsCutTheSameWay() {
    String text = String.join(" ", syllables(256)) + " " + TEXT;
    BuiltQuery first = shipped(text);
    BuiltQuery second = shipped(text);
    assertEquals(first.notes(), second.notes());
    // The votes prior's function is made anew each time and equals no other: compare what it wraps.
    assertEquals(underThePrior(first.query()), underThePrior(second.query()));
  }

  private static Query underThePrior(Query built) {
    return ((FunctionScoreQuery) ((StagedQuery) built).clause()).getWrappedQuery();
  }

  /** The first {@code n} Hangul syllables, 가 각 갂 …, in the order of their code points. */
  private static List<String> syllables(int n) {
    return IntStream.range(0, n).mapToObj(i -> String.valueOf((char) (0xAC00 + i))).toList();
  }

  /**
   * Clauses as {@link IndexSearcher#rewrite} counts them, by the builder's own walk; that it counts as
   * Lucene does is checked by Lucene itself ({@link #theQueryStaysBelowLucenesLimitWhateverTheBudgetSays}).
   */
  private static int clauses(Query query) {
    return ClauseCount.of(query);
  }

  private static Map<String, Set<String>> terms(Query query) {
    return QueryTerms.byField(query);
  }
}
