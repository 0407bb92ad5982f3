package dev.papersearch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** A phrase scored as rare as its rarest word, a word as BM25 scores it. */
class PhraseIdfSimilarityTest {

  /** 자일 in one text, 브레이크 in three; the first text is the one asked about. */
  private static final List<String> TEXTS = List.of("자일 브레이크 공격", "브레이크 성능", "브레이크 모델 공격");

  @Test
  void aPhraseIsAsRareAsItsRarestWord() throws IOException {
    Similarity similarity = new PhraseIdfSimilarity(0.9f, 0.75f);
    float phrase = score(similarity, new PhraseQuery("f", "자일", "브레이크"));
    float rarest = score(similarity, new TermQuery(new Term("f", "자일")));
    assertEquals(rarest, phrase, 1e-6f);
    float summed = score(new BM25Similarity(0.9f, 0.75f), new PhraseQuery("f", "자일", "브레이크"));
    assertTrue(summed > phrase * 1.1f, "BM25 sums the two words' IDFs: " + summed + " vs " + phrase);
  }

  @Test
  void aWordScoresAsInBm25() throws IOException {
    Query word = new TermQuery(new Term("f", "공격"));
    assertEquals(score(new BM25Similarity(0.9f, 0.75f), word), score(new PhraseIdfSimilarity(0.9f, 0.75f), word), 0f);
  }

  private static float score(Similarity similarity, Query query) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(similarity))) {
        for (String text : TEXTS) {
          Document d = new Document();
          d.add(new TextField("f", text, Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        return searcher.explain(query, 0).getValue().floatValue();
      }
    }
  }
}
