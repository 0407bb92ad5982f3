package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.index.Fields;
import dev.papersearch.index.PaperIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a page's hits read through a {@link HitPostingsReader}, one weight for the page, is what Lucene
 * reads with a weight of its own for each hit: the same matches, offsets, queries and sub-matches.
 */
class HitPostingsReaderTest {

  private static final Set<String> HIGHLIGHTED = Set.of(Fields.TITLE, Fields.SUMMARY);

  @TempDir static Path dir;
  static PaperIndex index;

  @BeforeAll
  static void open() {
    index = TestIndexes.sampleIndex(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"트랜스포머 모델", "\"언어 모델\" 추론", "transformer attention model", "확산 모델 diffusion", "LoRA 미세조정 효율"})
  void builtQueriesMatchAsLucene(String text) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      Query query =
          new PaperQueryBuilder(index.queryAnalyzer(), index.glossary()).build(UserQuery.parse(text), DateRange.ALL, reader).query();
      assertSameMatches(searcher, query);
    } finally {
      index.release(searcher);
    }
  }

  /** The same term in two clauses and in a phrase: each reads its own positions within a hit. */
  @Test
  void oneTermInSeveralClauses() throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.SUMMARY, "모델")), Occur.SHOULD)
            .add(new BoostQuery(new TermQuery(new Term(Fields.SUMMARY, "모델")), 2f), Occur.SHOULD)
            .add(new PhraseQuery(Fields.SUMMARY, "언어", "모델"), Occur.SHOULD)
            .add(new TermQuery(new Term(Fields.TITLE, "model")), Occur.SHOULD)
            .build();
    assertSameMatches(query);
  }

  /**
   * A phrase that only some hits ask for (inside a conjunction, as the other-language bonus repeats the
   * words' clauses), sharing a term with phrases every hit asks for: in a hit that asks for it after
   * one that did not, its shared term ({@code 모델}) comes from an enum kept on the earlier hit and its
   * other term ({@code 학습}) new, and the phrase's conjunction must see both on no document yet, as
   * Lucene's own enums are.
   */
  @Test
  void aPhraseSomeHitsOnlyAskForBesideOthersOfItsTerms() throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(new PhraseQuery(Fields.SUMMARY, "언어", "모델"), Occur.SHOULD)
            .add(
                new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.SUMMARY, "성능")), Occur.MUST)
                    .add(new PhraseQuery(Fields.SUMMARY, "모델", "학습"), Occur.MUST)
                    .build(),
                Occur.SHOULD)
            .add(new PhraseQuery(1, Fields.SUMMARY, "언어", "모델"), Occur.SHOULD)
            .build();
    assertSameMatches(query);
  }

  /** {@link #assertSameMatches(IndexSearcher, Query)} on the sample index. */
  private static void assertSameMatches(Query query) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      assertSameMatches(searcher, query);
    } finally {
      index.release(searcher);
    }
  }

  /** Compares, segment by segment, the matches of every hit in doc id order, then again from the first hit. */
  private static void assertSameMatches(IndexSearcher searcher, Query query) throws IOException {
    ScoreDoc[] hits = searcher.search(query, 100).scoreDocs;
    assertTrue(hits.length >= 3, "too few hits to move postings between them: " + hits.length);
    int matched = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int[] docs =
          Arrays.stream(hits)
              .mapToInt(h -> h.doc - leaf.docBase)
              .filter(d -> d >= 0 && d < leaf.reader().maxDoc())
              .sorted()
              .toArray();
      HitPostingsReader kept = new HitPostingsReader(leaf.reader());
      Weight page = weight(query, kept);
      for (int pass = 0; pass < 2; pass++) {
        for (int doc : docs) {
          kept.startHit(doc);
          Map<String, RecordedMatches> expected = luceneMatches(query, leaf.reader(), doc);
          assertEquals(expected, RecordedMatches.of(page.matches(kept.getContext(), doc), HIGHLIGHTED), "doc " + doc);
          matched += expected.values().stream().mapToInt(m -> m.matches().size()).sum();
        }
      }
    }
    assertTrue(matched > 0, "no match was compared");
  }

  /** As Lucene's highlighter reads them: a weight of its own for the hit. */
  private static Map<String, RecordedMatches> luceneMatches(Query query, LeafReader segment, int doc) throws IOException {
    return RecordedMatches.of(weight(query, segment).matches(segment.getContext(), doc), HIGHLIGHTED);
  }

  private static Weight weight(Query query, LeafReader segment) throws IOException {
    IndexSearcher searcher = new IndexSearcher(segment);
    searcher.setQueryCache(null);
    return searcher.rewrite(query).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
  }
}
