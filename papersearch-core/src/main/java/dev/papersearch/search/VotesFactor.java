package dev.papersearch.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;

/**
 * A paper's factor in the votes prior, {@code 1 + w·ln(1 + votes)}, with the votes of a paper whose
 * digest gave none taken as {@code unknownVotes}: a digest that did not count votes says nothing of
 * how much a paper was read, and counting it as no votes would rank those papers below every voted
 * one with the same words.
 */
final class VotesFactor extends DoubleValuesSource {

  private final String field;
  private final double weight;
  private final long unknownVotes;

  VotesFactor(String field, double weight, long unknownVotes) {
    this.field = Objects.requireNonNull(field);
    this.weight = weight;
    this.unknownVotes = unknownVotes;
  }

  private double of(long votes) {
    return 1 + weight * Math.log1p(Math.max(0, votes));
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues votes = DocValues.getNumeric(ctx.reader(), field);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        value = of(votes.advanceExact(doc) ? votes.longValue() : unknownVotes);
        return true;
      }
    };
  }

  @Override
  public Explanation explain(LeafReaderContext ctx, int docId, Explanation scoreExplanation) throws IOException {
    NumericDocValues votes = DocValues.getNumeric(ctx.reader(), field);
    boolean known = votes.advanceExact(docId);
    long counted = known ? votes.longValue() : unknownVotes;
    return Explanation.match(
        of(counted), "1 + " + weight + "·ln(1 + " + field + "), " + field + " " + counted + (known ? "" : " (none given)"));
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, field);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VotesFactor f
        && field.equals(f.field)
        && Double.compare(weight, f.weight) == 0
        && unknownVotes == f.unknownVotes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, weight, unknownVotes);
  }

  @Override
  public String toString() {
    return "votes-factor(" + field + ", " + weight + ", unknown=" + unknownVotes + ")";
  }
}
