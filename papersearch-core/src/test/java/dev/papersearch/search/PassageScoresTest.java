package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** {@link PassageScores} gives Lucene's passage scores to the bit. */
class PassageScoresTest {

  /** A match: which of a few terms (so that terms repeat) and how often its term is in the document. */
  record Match(int term, int inDoc) {}

  @Property(tries = 2000)
  void scoresAsLucene(
      @ForAll("matches") List<Match> matches,
      @ForAll @IntRange(min = 0, max = 5000) int start,
      @ForAll @IntRange(min = 1, max = 600) int length,
      @ForAll @IntRange(min = 1, max = 20_000) int contentLength) {
    Passage passage = passage(matches, start, length);
    assertEquals(
        Float.floatToIntBits(new PassageScorer().score(passage, contentLength)),
        Float.floatToIntBits(new PassageScores().score(passage, contentLength)),
        passage::toString);
  }

  @Provide
  Arbitrary<List<Match>> matches() {
    return Arbitraries.integers()
        .between(0, 4)
        .flatMap(term -> Arbitraries.integers().between(1, 40).map(inDoc -> new Match(term, inDoc)))
        .list()
        .ofMaxSize(12);
  }

  /** A term repeated in a passage counts as one term with its frequency, so order and repeats matter. */
  @Test
  void repeatsCountOnce() {
    Passage repeated = passage(List.of(new Match(0, 3), new Match(1, 7), new Match(0, 3)), 0, 80);
    Passage distinct = passage(List.of(new Match(0, 3), new Match(1, 7), new Match(2, 3)), 0, 80);
    float score = new PassageScores().score(repeated, 1000);
    assertEquals(new PassageScorer().score(repeated, 1000), score);
    assertNotEquals(new PassageScores().score(distinct, 1000), score);
  }

  private static Passage passage(List<Match> matches, int start, int length) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(start + Math.max(length, 3 * matches.size())); // every match inside it
    int at = start;
    for (Match m : matches) {
      passage.addMatch(at, at + 2, new BytesRef("term" + m.term()), m.inDoc());
      at += 3;
    }
    return passage;
  }
}
