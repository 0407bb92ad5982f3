package dev.papersearch.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * One query word's clauses (its own tokens and its translations), scored as they are plus a constant
 * when any of them matches ({@link Stage#WORDS_FOUND}): a paper that has more of the query's words, in
 * either language, ranks ahead of one that has fewer however strongly, as Meilisearch's "words" rule
 * ranks. Without it, an English query's words in another paper's title outweigh all of them in the
 * Korean of the summary sought.
 *
 * <p>It adds to the scorer of the clauses, so the word's postings are read once.
 */
final class WordFoundQuery extends Query {

  private final Query word;
  private final float bonus;

  WordFoundQuery(Query word, float bonus) {
    this.word = Objects.requireNonNull(word);
    this.bonus = bonus;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = word.rewrite(searcher);
    return rewritten == word ? this : new WordFoundQuery(rewritten, bonus);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight in = word.createWeight(searcher, scoreMode, boost);
    return scoreMode.needsScores() ? new FoundWeight(this, in, bonus * boost) : in;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    word.visit(visitor.getSubVisitor(Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return Stage.WORDS_FOUND.label() + "(" + word.toString(field) + ", +" + bonus + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && bonus == ((WordFoundQuery) other).bonus && word.equals(((WordFoundQuery) other).word);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + Float.hashCode(bonus)) + word.hashCode();
  }

  /** The clauses' weight, each match scored with the bonus added. */
  private static final class FoundWeight extends FilterWeight {

    private final float bonus;

    FoundWeight(WordFoundQuery query, Weight in, float bonus) {
      super(query, in);
      this.bonus = bonus;
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      Explanation e = in.explain(context, doc);
      if (!e.isMatch()) {
        return e;
      }
      Explanation found =
          Explanation.match(bonus, StagedQuery.EXPLAINED_AS + Stage.WORDS_FOUND.label() + ":", Explanation.match(bonus, "a word of the query found"));
      return Explanation.match(e.getValue().floatValue() + bonus, "sum of:", e, found);
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
      Scorer scorer = in.scorer(context);
      return scorer == null ? null : new FoundScorer(scorer, bonus);
    }

    @Override
    public int count(LeafReaderContext context) throws IOException {
      return in.count(context);
    }
  }

  /** A scorer's scores with the bonus added. */
  private static final class FoundScorer extends FilterScorer {

    private final float bonus;

    FoundScorer(Scorer in, float bonus) {
      super(in);
      this.bonus = bonus;
    }

    @Override
    public float score() throws IOException {
      return in.score() + bonus;
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo) + bonus;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }
  }
}
