package dev.papersearch.search;

import dev.papersearch.index.Fields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** The terms a query searches, read off its tree with a {@link QueryVisitor}, for tests of its structure. */
final class QueryTerms {

  private QueryTerms() {}

  /** Every term the query searches, prohibited ones too, by field; the searched fields always present. */
  static Map<String, Set<String>> byField(Query query) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String field : List.of(Fields.TITLE, Fields.SUMMARY, Fields.AUTHORS, Fields.NAMES, Fields.SUMMARY_BIGRAMS)) {
      out.put(field, new HashSet<>());
    }
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) {
              out.computeIfAbsent(t.field(), f -> new HashSet<>()).add(t.text());
            }
          }
        });
    return out;
  }
}
