package dev.papersearch.search;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Counts a query's clauses as {@link IndexSearcher#rewrite} does before it throws {@link
 * IndexSearcher.TooManyNestedClauses}: every term once (a phrase of three terms is three), every
 * other leaf once, prohibited clauses too. Rewriting only merges or drops clauses of the queries
 * built here, so a built query within a count stays within it.
 */
final class ClauseCount extends QueryVisitor {

  private int clauses;

  private ClauseCount() {}

  static int of(Query query) {
    ClauseCount count = new ClauseCount();
    query.visit(count);
    return count.clauses;
  }

  @Override
  public QueryVisitor getSubVisitor(Occur occur, Query parent) {
    return this;
  }

  @Override
  public void visitLeaf(Query query) {
    clauses++;
  }

  @Override
  public void consumeTerms(Query query, Term... terms) {
    clauses += terms.length;
  }

  @Override
  public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
    clauses++;
  }
}
