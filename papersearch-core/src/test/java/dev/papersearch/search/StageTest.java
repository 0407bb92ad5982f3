package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.index.Fields;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** Each {@link Stage} switched off takes its clauses out of the query, and only those. */
class StageTest extends OverSampleIndex {

  private static final Glossary GLOSSARY =
      new Glossary(List.of(new Glossary.Entry("트랜스포머", "transformer", 40)), List.of(), List.of());

  private static Query build(String typed, Set<Stage> off) {
    return new PaperQueryBuilder(index.queryAnalyzer(), GLOSSARY, QueryOptions.shipped().without(off))
        .build(UserQuery.parse(typed), DateRange.ALL, searcher.getIndexReader())
        .query();
  }

  @Test
  void bigramsAndTheGlossaryComeAndGoWithTheirStages() {
    Map<String, Set<String>> all = QueryTerms.byField(build("트랜스포머", Set.of()));
    assertTrue(all.get(Fields.SUMMARY_BIGRAMS).containsAll(Set.of("트랜", "랜스", "스포", "포머")), all.toString());
    assertTrue(all.get(Fields.TITLE).contains("transform"), all.toString());

    Map<String, Set<String>> noBigrams = QueryTerms.byField(build("트랜스포머", EnumSet.of(Stage.BIGRAMS)));
    assertEquals(Set.of(), noBigrams.get(Fields.SUMMARY_BIGRAMS));
    assertEquals(all.get(Fields.TITLE), noBigrams.get(Fields.TITLE), "the other stages' terms stay");

    Map<String, Set<String>> noGlossary = QueryTerms.byField(build("트랜스포머", EnumSet.of(Stage.GLOSSARY)));
    assertFalse(noGlossary.get(Fields.TITLE).contains("transform"), noGlossary.toString());
    assertEquals(all.get(Fields.SUMMARY_BIGRAMS), noGlossary.get(Fields.SUMMARY_BIGRAMS));
  }

  @Test
  void theVotesPriorIsTheOuterFunctionScore() {
    StagedQuery prior = assertInstanceOf(StagedQuery.class, build("트랜스포머", Set.of()));
    assertEquals(Stage.VOTES_PRIOR, prior.stage());
    assertInstanceOf(FunctionScoreQuery.class, prior.clause());
    assertInstanceOf(BooleanQuery.class, build("트랜스포머", EnumSet.of(Stage.VOTES_PRIOR)));
  }

  @Test
  void withEveryStageOffAWordSearchesOnlyItsOwnTokensInEachField() {
    Map<String, Set<String>> bare = QueryTerms.byField(build("트랜스포머", Set.copyOf(Stage.switchable())));
    assertEquals(Set.of(), bare.get(Fields.SUMMARY_BIGRAMS));
    assertEquals(Set.of("트랜스포머"), bare.get(Fields.SUMMARY));
    assertEquals(Set.of("트랜스포머"), bare.get(Fields.TITLE));
  }

  @Test
  void stagesAreNamedForTheCommandLine() {
    assertEquals("word-alone", Stage.WORD_ALONE.label());
    for (Stage stage : Stage.switchable()) {
      assertEquals(Optional.of(stage), Stage.byLabel(stage.label()));
    }
    assertEquals(Optional.empty(), Stage.byLabel("votes"));
    assertEquals(Optional.empty(), Stage.byLabel("fields"), "a word's own tokens are no stage to switch off");
  }
}
