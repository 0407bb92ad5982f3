package dev.papersearch.config;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 in which a phrase is as rare as its rarest word. Lucene sums the words' IDFs, as if they
 * occurred independently; the phrases of this query path are one word cut in pieces (a loanword Nori
 * splits, 자일 + 브레이크 for jailbreak) or a term written in words (대형 언어 모델), whose words come
 * together, so the sum counts the same rarity two or three times and lets one phrase outweigh the rest
 * of the query.
 */
public final class PhraseIdfSimilarity extends BM25Similarity {

  public PhraseIdfSimilarity(float k1, float b) {
    super(k1, b);
  }

  @Override
  public Explanation idfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats) {
    TermStatistics rarest = Arrays.stream(termStats).min(Comparator.comparingLong(TermStatistics::docFreq)).orElseThrow();
    Explanation idf = idfExplain(collectionStats, rarest);
    return Explanation.match(idf.getValue(), "idf of the rarest of " + termStats.length + " words, computed as", idf);
  }
}
