package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.search.SearchResponse.Hit;
import dev.papersearch.search.StageScores.Node;
import dev.papersearch.search.StageScores.StageScore;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hit's score taken apart by the stages that added to it. */
class StageScoresTest extends OverSampleIndex {

  private static Node leaf(double value) {
    return new Node(value, "weight(summary:x in 3) [BM25Similarity], result of:", List.of(new Node(value, "score", List.of())));
  }

  private static Node staged(Stage stage, Node inner) {
    return new Node(inner.value(), StagedQuery.EXPLAINED_AS + stage.label() + ":", List.of(inner));
  }

  @Test
  void theBestOfADisjunctionCountsFullyAndTheOthersByTheTieBreaker() {
    Node word =
        new Node(
            2.0 + 0.2 * (1.0 + 0.5),
            "max plus 0.2 times others of:",
            List.of(staged(Stage.FIELDS, leaf(2.0)), staged(Stage.BIGRAMS, leaf(1.0)), staged(Stage.TRANSLITERATION, leaf(0.5))));
    Node glossary = staged(Stage.GLOSSARY, new Node(0.7, "max of:", List.of(leaf(0.7), leaf(0.3))));
    Node sum = new Node(word.value() + 0.7, "sum of:", List.of(word, glossary));
    assertEquals(
        List.of(
            new StageScore("fields", 2.0f),
            new StageScore("glossary", 0.7f),
            new StageScore("bigrams", 0.2f),
            new StageScore("transliteration", 0.1f)),
        StageScores.of(sum));
  }

  @Test
  void theVotesPriorAddsWhatItsFactorMultiplied() {
    Node inner = new Node(3.0, "sum of:", List.of(staged(Stage.FIELDS, leaf(2.0)), staged(Stage.PHRASES, leaf(1.0))));
    Node product = new Node(3.3, "product of:", List.of(inner, new Node(1.1, "boost(votes)", List.of())));
    Node prior = staged(Stage.VOTES_PRIOR, new Node(3.3, "weight(FunctionScoreQuery(...)), result of:", List.of(product)));
    List<StageScore> parts = StageScores.of(prior);
    assertEquals(List.of("fields", "phrases", "votes-prior"), parts.stream().map(StageScore::stage).toList());
    assertEquals(0.3f, parts.get(2).score(), 1e-6);
  }

  @Test
  void aPaperWithoutVotesOwesTheQueryAllOfItsScore() {
    // Lucene's FunctionScoreQuery explains no product when the paper has no votes value.
    Node inner = new Node(3.0, "sum of:", List.of(staged(Stage.FIELDS, leaf(2.0)), staged(Stage.PHRASES, leaf(1.0))));
    Node prior = staged(Stage.VOTES_PRIOR, new Node(3.0, "weight(FunctionScoreQuery(...)), result of:", List.of(inner)));
    assertEquals(List.of(new StageScore("fields", 2.0f), new StageScore("phrases", 1.0f)), StageScores.of(prior));
  }

  @Test
  void aStageWithinAStageIsTheOneThatCounts() {
    // A synonym group's members are glossary expansions too: the inner name is the more exact one.
    Node node = staged(Stage.GLOSSARY, staged(Stage.SYNONYMS, leaf(0.4)));
    assertEquals(List.of(new StageScore("synonyms", 0.4f)), StageScores.of(node));
  }

  @ParameterizedTest
  @ValueSource(strings = {"트랜스포머 attention", "확산 모델", "\"diffusion model\" 샘플링", "사람 선호 평가", "LoRA 미세 조정"})
  void thePartsOfEveryHitAddUpToItsScore(String query) {
    LuceneSearcher searcher = new LuceneSearcher(index);
    SearchRequest explained = new SearchRequest(query, DateRange.ALL, null, 1, 10, true);
    List<Hit> hits = searcher.search(explained).hits();
    assertTrue(hits.size() > 1, "the sample has papers for " + query);
    for (Hit hit : hits) {
      double sum = hit.explain().stream().mapToDouble(StageScore::score).sum();
      assertEquals(hit.score(), sum, 1e-4 * hit.score(), hit.id() + " " + hit.explain());
      assertTrue(hit.explain().stream().allMatch(p -> p.score() > 0), hit.explain().toString());
    }
    assertEquals(
        searcher.search(SearchRequest.of(query)).hits().stream().map(Hit::id).toList(),
        hits.stream().map(Hit::id).toList(),
        "explaining changes no rank");
  }

  @Test
  void aPhraseAndThePriorAreNamedWhereTheyCount() {
    Hit top = new LuceneSearcher(index).search(new SearchRequest("\"diffusion model\"", DateRange.ALL, null, 1, 1, true)).hits().get(0);
    Set<String> stages = top.explain().stream().map(StageScore::stage).collect(Collectors.toSet());
    assertTrue(stages.contains(Stage.PHRASES.label()), top.explain().toString());
    assertEquals(top.votes() != null && top.votes() > 0, stages.contains(Stage.VOTES_PRIOR.label()), top.explain().toString());
  }

  @Test
  void hitsAreNotExplainedUnlessAsked() {
    assertTrue(new LuceneSearcher(index).search(SearchRequest.of("트랜스포머")).hits().stream().allMatch(h -> h.explain() == null));
  }
}
