package dev.papersearch.search;

import dev.papersearch.index.Fields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** The terms a query searches, read off its tree with a {@link QueryVisitor}, for tests of its structure. */
final class QueryTerms {

  /**
   * One leaf of a query: the {@link Stage} that added it (the nearest {@link StagedQuery} above it),
   * its kind ({@code TermQuery}, {@code SynonymQuery}, {@code PhraseQuery}), its field, its terms in
   * order, and its weight (the product of the boosts above it).
   */
  record Leaf(Stage stage, String kind, String field, List<String> terms, float weight) {

    /** A leaf of one term. */
    Leaf(Stage stage, String kind, String field, String term, float weight) {
      this(stage, kind, field, List.of(term), weight);
    }


    /** A leaf of this kind, field and terms, at any weight. */
    boolean is(String kind, String field, String... terms) {
      return this.kind.equals(kind) && this.field.equals(field) && this.terms.equals(List.of(terms));
    }
  }

  private QueryTerms() {}

  /** Every leaf of the query, in the order the tree is visited. */
  static List<Leaf> leaves(Query query) {
    List<Leaf> out = new ArrayList<>();
    query.visit(new Weighing(null, 1f, out));
    return out;
  }

  /** Whether {@code query} has a leaf of this kind, field and terms. */
  static boolean has(Query query, String kind, String field, String... terms) {
    return leaves(query).stream().anyMatch(l -> l.is(kind, field, terms));
  }

  /** Whether any leaf of {@code query} searches {@code field} for {@code term}. */
  static boolean searches(Query query, String field, String term) {
    return leaves(query).stream().anyMatch(l -> l.field().equals(field) && l.terms().contains(term));
  }

  /** Collects leaves, multiplying the boosts and noting the stage on the way down. */
  private static final class Weighing extends QueryVisitor {

    private final Stage stage;
    private final float weight;
    private final List<Leaf> out;

    Weighing(Stage stage, float weight, List<Leaf> out) {
      this.stage = stage;
      this.weight = weight;
      this.out = out;
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return new Weighing(
          parent instanceof StagedQuery staged ? staged.stage() : stage,
          parent instanceof BoostQuery boost ? weight * boost.getBoost() : weight,
          out);
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      out.add(
          new Leaf(
              stage,
              query.getClass().getSimpleName(),
              terms[0].field(),
              Arrays.stream(terms).map(Term::text).toList(),
              weight));
    }
  }

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
