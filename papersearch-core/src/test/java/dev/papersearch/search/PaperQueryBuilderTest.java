package dev.papersearch.search;

import static dev.papersearch.search.QueryTerms.has;
import static dev.papersearch.search.QueryTerms.leaves;
import static dev.papersearch.search.QueryTerms.searches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.search.QueryTerms.Leaf;
import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.Glossary.Word;
import dev.papersearch.analysis.Synonyms;
import dev.papersearch.config.RelevanceProfile;
import dev.papersearch.index.Fields;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.document.Document;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.junit.jupiter.api.Test;

/**
 * The query built for a word written in Hangul and in English, from a glossary's counts, read off the
 * query tree as leaves (kind, field, terms, weight) over the sample index's vocabulary, so that every
 * stage runs.
 */
class PaperQueryBuilderTest extends OverSampleIndex {

  private static Query query(String typed, Word english, Word hangul) {
    return query(typed, new Glossary(List.of(), List.of(english), List.of(hangul)));
  }

  private static Query query(String typed, Glossary glossary) {
    return query(typed, glossary, QueryOptions.shipped());
  }

  private static Query query(String typed, Glossary glossary, QueryOptions options) {
    return new PaperQueryBuilder(index.queryAnalyzer(), glossary, options)
        .build(UserQuery.parse(typed), DateRange.ALL, searcher.getIndexReader())
        .query();
  }

  @Test
  void aRareHangulSpellingIsScoredAsTheEnglishWord() {
    // 라바 in 1 summary, LLaVA in 147: one term in the summaries, not the rare spelling's own weight.
    Query q = query("라바", new Word("llava", 147), new Word("라바", 1));
    assertTrue(
        leaves(q).contains(new Leaf(Stage.TRANSLITERATION, "SynonymQuery", Fields.SUMMARY, List.of("llava", "라바"), 1f)),
        q.toString());
    assertFalse(has(q, "TermQuery", Fields.SUMMARY, "라바"), q.toString());
  }

  @Test
  void aCommonHangulSpellingKeepsItsOwnWeight() {
    // 어텐션 in 141 summaries, attention in 493: each spelling is a fair signal of its own.
    Query q = query("어텐션", new Word("attention", 493), new Word("어텐션", 141));
    assertTrue(leaves(q).stream().noneMatch(l -> l.kind().equals("SynonymQuery")), q.toString());
    assertTrue(has(q, "TermQuery", Fields.SUMMARY, "어텐션"), q.toString());
    assertTrue(leaves(q).contains(new Leaf(Stage.FIELDS, "TermQuery", Fields.SUMMARY, "어텐션", 1f)), q.toString());
    // The English spelling at the summary's weight: attention is written 3.5 times as often.
    assertTrue(leaves(q).contains(new Leaf(Stage.TRANSLITERATION, "TermQuery", Fields.SUMMARY, "attent", 1f)), q.toString());
  }

  @Test
  void aVersionStaysWithItsNameInTheSummaries() {
    // Summaries are analyzed with the number apart (phi 4): a lone 4 must not count, as in GPT-4.
    Query q = query("파이4", new Word("phi", 12), new Word("파이", 3));
    assertTrue(
        leaves(q).stream().anyMatch(l -> l.stage() == Stage.TRANSLITERATION && l.is("PhraseQuery", Fields.SUMMARY, "phi", "4")),
        q.toString());
    assertTrue(has(q, "PhraseQuery", Fields.SUMMARY, "파이", "4"), q.toString());
    assertFalse(has(q, "TermQuery", Fields.SUMMARY, "4"), q.toString());
  }

  @Test
  void aPieceOfALoanwordSearchedWholeIsNotGlossed() {
    // Nori cuts 콘텍스트 into 콘 + 텍스트, which glosses "text": a reader of 콘텍스트 (context) means neither.
    Glossary glossary =
        new Glossary(
            List.of(new Glossary.Entry("텍스트", "text", 40)),
            List.of(new Word("context", 300)),
            List.of(new Word("콘텍스트", 6)));
    Query cut = query("콘텍스트 윈도우", glossary);
    assertTrue(searches(cut, Fields.TITLE, "context"), cut.toString());
    assertFalse(searches(cut, Fields.TITLE, "text") || searches(cut, Fields.SUMMARY, "text"), cut.toString());
    Query word = query("텍스트 윈도우", glossary);
    assertTrue(searches(word, Fields.TITLE, "text"), word.toString());
  }

  @Test
  void aWordTheSentenceMisreadsIsSearchedAndGlossedAsReadAlone() {
    // In this query Nori reads 지시 as 지 + an ending; alone it is the noun, glossed "instruction".
    Glossary glossary = new Glossary(List.of(new Glossary.Entry("지시", "instruction", 6)), List.of(), List.of());
    Query q = query("응답만 학습해도 지시 따름", glossary);
    assertTrue(leaves(q).contains(new Leaf(Stage.WORD_ALONE, "TermQuery", Fields.SUMMARY, "지시", 1f)), q.toString());
    assertTrue(searches(q, Fields.TITLE, "instruct"), q.toString());
    // the sentence's reading stays an alternative
    assertTrue(leaves(q).contains(new Leaf(Stage.FIELDS, "TermQuery", Fields.SUMMARY, "지", 1f)), q.toString());
  }

  @Test
  void aSynonymSearchesTheOtherWordsAndTheirGlosses() {
    Glossary glossary = new Glossary(List.of(new Glossary.Entry("인간", "human", 40)), List.of(), List.of());
    Synonyms synonyms = Synonyms.parse("test", "사람, 인간, 휴먼");
    Query q = query("사람 평가", glossary, QueryOptions.shipped().withSynonyms(synonyms));
    assertTrue(searches(q, Fields.SUMMARY, "인간") && searches(q, Fields.SUMMARY, "휴먼"), q.toString());
    assertTrue(searches(q, Fields.TITLE, "human"), q.toString()); // 인간's gloss
    float expansion = RelevanceProfile.SHIPPED.expansion();
    assertTrue(leaves(q).contains(new Leaf(Stage.SYNONYMS, "TermQuery", Fields.SUMMARY, "인간", expansion)), q.toString());
    assertTrue(leaves(q).stream().filter(l -> l.terms().contains("인간")).allMatch(l -> l.weight() == expansion), q.toString());
    Query none = query("사람 평가", glossary, QueryOptions.shipped().withSynonyms(Synonyms.NONE));
    assertFalse(searches(none, Fields.SUMMARY, "인간"), none.toString());
  }

  /**
   * In an order without relevance a paper must have most searched words (SortOrder#wordMatch): every
   * word of a short query, three in four of a longer one; each word as typed, or through a translation
   * of a glossary term it is part of. The two-word term's translation counts for both words, the
   * one-word term's for its word only. Scoring is unchanged: the requirement is a filter beside the
   * same query.
   */
  @Test
  void mostWordsAreRequiredAsTypedOrThroughATermTheyArePartOf() {
    Glossary glossary =
        new Glossary(
            List.of(new Glossary.Entry("확산 모델", "diffusion model", 30), new Glossary.Entry("확산", "diffusion", 20)), List.of(), List.of());
    PaperQueryBuilder builder = new PaperQueryBuilder(index.queryAnalyzer(), glossary, QueryOptions.shipped());
    PaperQueryBuilder.WordClauses clauses = builder.wordClauses(UserQuery.parse("확산 모델"), searcher.getIndexReader());

    BooleanQuery most = (BooleanQuery) clauses.mostWords();
    assertEquals(List.of(Occur.SHOULD, Occur.SHOULD), most.clauses().stream().map(BooleanClause::getOccur).toList());
    assertEquals(2, most.getMinimumNumberShouldMatch(), "both words of a short query");
    Query diffusion = most.clauses().get(0).getQuery();
    Query model = most.clauses().get(1).getQuery();
    assertTrue(searches(diffusion, Fields.SUMMARY, "확산") && !searches(diffusion, Fields.SUMMARY, "모델"), diffusion.toString());
    assertTrue(searches(model, Fields.SUMMARY, "모델") && !searches(model, Fields.SUMMARY, "확산"), model.toString());
    for (Query word : List.of(diffusion, model)) {
      assertTrue(has(word, "PhraseQuery", Fields.TITLE, "diffus", "model"), word.toString());
    }
    assertTrue(has(diffusion, "TermQuery", Fields.TITLE, "diffus"), diffusion.toString());
    assertFalse(has(model, "TermQuery", Fields.TITLE, "diffus"), model.toString());

    Query any = builder.build(clauses, DateRange.ALL, PaperQueryBuilder.WordMatch.ANY).query();
    Query filtered = builder.build(clauses, DateRange.ALL, PaperQueryBuilder.WordMatch.MOST).query();
    assertEquals(leaves(any).size() + leaves(most).size(), leaves(filtered).size(), filtered.toString());
    assertEquals(leaves(any), leaves(filtered).subList(0, leaves(any).size()), "the scored query as it was, the filter beside it");

    assertNull(builder.wordClauses(UserQuery.parse("확산"), searcher.getIndexReader()).mostWords(), "one word requires nothing more");
    assertNull(builder.wordClauses(UserQuery.parse(""), searcher.getIndexReader()).mostWords());
    for (var words : List.of(List.of("확산", "모델", "학습"), List.of("확산", "모델", "학습", "평가"), List.of("확산", "모델", "학습", "평가", "데이터", "성능", "추론", "비전"))) {
      BooleanQuery longer = (BooleanQuery) builder.wordClauses(UserQuery.parse(String.join(" ", words)), searcher.getIndexReader()).mostWords();
      assertEquals(words.size(), longer.clauses().size(), words.toString());
      assertEquals(Map.of(3, 3, 4, 3, 8, 6).get(words.size()), longer.getMinimumNumberShouldMatch(), words.toString());
    }
  }

  /**
   * A query of a few words that no paper has together as typed is read in the other language of the
   * papers it seeks: those with the words through the glossary get the other-language constants,
   * beside the scored query and only then; a query some paper has as typed, one word, or a longer
   * description gets none. "zebra" is in no paper; the glossary makes it 확산, which the diffusion
   * papers' summaries write.
   */
  @Test
  void aQueryNoPaperHasAsTypedIsReadInTheOtherLanguage() throws IOException {
    Glossary glossary = new Glossary(List.of(new Glossary.Entry("확산", "zebra", 20)), List.of(), List.of());
    PaperQueryBuilder builder = new PaperQueryBuilder(index.queryAnalyzer(), glossary, QueryOptions.shipped());

    PaperQueryBuilder.WordClauses apart = builder.wordClauses(UserQuery.parse("diffusion zebra"), searcher.getIndexReader());
    assertTrue(apart.otherLanguage().apart(), "no paper has diffusion and zebra");
    assertEquals(0, searcher.count(apart.otherLanguage().asTyped()));
    Query read = builder.build(apart, DateRange.ALL).query();
    assertEquals(List.of(Stage.OTHER_LANGUAGE), otherLanguageClauses(read), read.toString());
    TopDocs top = searcher.search(read, 1);
    Document first = searcher.storedFields().document(top.scoreDocs[0].doc);
    String summary = String.join(" ", first.getValues(Fields.BULLET)) + String.join(" ", first.getValues(Fields.SECTION_TEXT));
    assertTrue(first.get(Fields.TITLE).toLowerCase(Locale.ROOT).contains("diffusion") && summary.contains("확산"), first.get(Fields.TITLE));

    PaperQueryBuilder.WordClauses together = builder.wordClauses(UserQuery.parse("diffusion model"), searcher.getIndexReader());
    assertFalse(together.otherLanguage().apart(), "papers have diffusion and model as typed");
    assertEquals(List.of(), otherLanguageClauses(builder.build(together, DateRange.ALL).query()));
    assertEquals(
        List.of(Stage.OTHER_LANGUAGE), otherLanguageClauses(builder.build(builder.wordClauses(UserQuery.parse("diffusion model"), searcher.getIndexReader(), true), DateRange.ALL).query()),
        "as a SolrCloud client counts it");

    assertNull(builder.wordClauses(UserQuery.parse("zebra"), searcher.getIndexReader()).otherLanguage(), "one word");
    assertNull(
        builder.wordClauses(UserQuery.parse("zebra diffusion model training data evaluation"), searcher.getIndexReader()).otherLanguage(),
        "six words describe a paper");
    PaperQueryBuilder off = new PaperQueryBuilder(index.queryAnalyzer(), glossary, QueryOptions.shipped().without(Set.of(Stage.OTHER_LANGUAGE)));
    assertNull(off.wordClauses(UserQuery.parse("diffusion zebra"), searcher.getIndexReader()).otherLanguage());
  }

  /** The stages of the root's optional clauses, beside what a paper must match. */
  private static List<Stage> otherLanguageClauses(Query built) {
    Query root = built instanceof StagedQuery staged ? ((FunctionScoreQuery) staged.clause()).getWrappedQuery() : built;
    return ((BooleanQuery) root).clauses().stream()
        .filter(c -> c.getOccur() == Occur.SHOULD)
        .map(c -> ((StagedQuery) c.getQuery()).stage())
        .toList();
  }

  /**
   * The mined lexicon ranks, but does not say a paper has the word: one word the lexicon translates
   * is required as typed (or through a gloss) newest first, its translation left to the scored query.
   */
  @Test
  void aTranslationRanksButDoesNotCountAsTheWord() {
    Glossary glossary =
        new Glossary(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(new Glossary.Translation("프레임", "video", 235, 0.5)));
    PaperQueryBuilder builder = new PaperQueryBuilder(index.queryAnalyzer(), glossary, QueryOptions.shipped());
    PaperQueryBuilder.WordClauses clauses = builder.wordClauses(UserQuery.parse("video"), searcher.getIndexReader());
    assertTrue(leaves(clauses.matching()).stream().anyMatch(l -> l.stage() == Stage.TRANSLATIONS && l.terms().contains("프레임")), clauses.matching().toString());
    BooleanQuery most = (BooleanQuery) clauses.mostWords();
    assertEquals(1, most.getMinimumNumberShouldMatch());
    assertTrue(searches(most, Fields.TITLE, "video"), most.toString());
    assertFalse(searches(most, Fields.SUMMARY, "프레임"), most.toString());
    assertNull(
        new PaperQueryBuilder(index.queryAnalyzer(), glossary, QueryOptions.shipped().without(Set.of(Stage.TRANSLATIONS)))
            .wordClauses(UserQuery.parse("video"), searcher.getIndexReader()).mostWords(),
        "without the lexicon, one word requires nothing more");
  }
}
