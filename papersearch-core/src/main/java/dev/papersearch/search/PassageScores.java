package dev.papersearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scores, exactly, without the hash table Lucene makes for every passage scored.
 *
 * <p>{@link PassageScorer#score} counts a passage's distinct terms in a new {@code BytesRefHash},
 * whose first block alone is 32 KB, for each sentence with a match: a tenth of a search's time went to
 * allocating and clearing them. A passage has a few matches, so its distinct terms are found here by
 * comparing each with those before it; they are summed in the same order (of first appearance), so the
 * score is the same double, rounded to the same float.
 */
final class PassageScores extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] inDoc = passage.getMatchTermFreqsInDoc();
    int[] first = new int[matches]; // match index where each distinct term first appears
    int[] inPassage = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int t = 0;
      while (t < distinct && !terms[first[t]].equals(terms[i])) {
        t++;
      }
      if (t == distinct) {
        first[distinct++] = i;
      }
      inPassage[t]++;
    }
    double score = 0d;
    for (int t = 0; t < distinct; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[first[t]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
