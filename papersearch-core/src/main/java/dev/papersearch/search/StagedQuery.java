package dev.papersearch.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.BooleanClause.Occur;

/**
 * A clause of a built query with the {@link Stage} that added it: matches and scores exactly as the
 * clause does, and names the stage in its explanation, so that {@link StageScores} can say what each
 * stage added to a paper's score, and tests can read a query's clauses by stage ({@link #stage()}
 * through a {@link QueryVisitor}'s parent).
 *
 * <p>Its weight hands out the clause's own scorers (no wrapper per document), so a staged query costs
 * what its clause costs.
 */
public final class StagedQuery extends Query {

  /** How an explanation names a stage: this, then the stage's {@link Stage#label()}. */
  static final String EXPLAINED_AS = "stage ";

  private final Stage stage;
  private final Query clause;

  private StagedQuery(Stage stage, Query clause) {
    this.stage = stage;
    this.clause = Objects.requireNonNull(clause);
  }

  /** {@code clause} as added by {@code stage}; {@code null} for a {@code null} clause. */
  static Query of(Stage stage, Query clause) {
    return clause == null ? null : new StagedQuery(stage, clause);
  }

  /** The stage that added the clause. */
  public Stage stage() {
    return stage;
  }

  /** The clause. */
  public Query clause() {
    return clause;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = clause.rewrite(searcher);
    return rewritten == clause ? this : new StagedQuery(stage, rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return new StagedWeight(this, clause.createWeight(searcher, scoreMode, boost));
  }

  @Override
  public void visit(QueryVisitor visitor) {
    clause.visit(visitor.getSubVisitor(Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return stage.label() + "(" + clause.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && stage == ((StagedQuery) other).stage && clause.equals(((StagedQuery) other).clause);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + stage.hashCode()) + clause.hashCode();
  }

  /** The clause's weight, explained under the stage's name. */
  private static final class StagedWeight extends FilterWeight {

    private final Stage stage;

    StagedWeight(StagedQuery query, Weight in) {
      super(query, in);
      this.stage = query.stage;
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      Explanation e = in.explain(context, doc);
      String name = EXPLAINED_AS + stage.label() + ":";
      return e.isMatch() ? Explanation.match(e.getValue(), name, e) : Explanation.noMatch(name, e);
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      return in.scorerSupplier(context);
    }

    @Override
    public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
      return in.bulkScorer(context);
    }

    @Override
    public int count(LeafReaderContext context) throws IOException {
      return in.count(context);
    }
  }
}
