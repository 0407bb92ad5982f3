package dev.papersearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.Query;

/**
 * The clauses left of a query's {@link QueryBudget} while it is built, and what did not fit: parts
 * are taken in the order offered, each whole or not at all.
 */
final class BudgetSpending {

  private int left;
  private final List<String> plain = new ArrayList<>();
  private final List<String> dropped = new ArrayList<>();

  BudgetSpending(int clauses) {
    this.left = clauses;
  }

  int left() {
    return left;
  }

  /** Whether {@code clauses} more fit; if so they are spent. */
  boolean take(int clauses) {
    if (clauses > left) {
      return false;
    }
    left -= clauses;
    return true;
  }

  /**
   * The queries {@code build} makes of {@code parts} that fit, in order; a part that does not is
   * noted as {@code typed} writes it. Parts analysis drops ({@code null}) cost nothing.
   */
  List<Query> admitEach(List<String> parts, Function<String, Query> build, UnaryOperator<String> typed) {
    List<Query> out = new ArrayList<>(parts.size());
    for (String part : parts) {
      Query q = build.apply(part);
      if (q != null && take(ClauseCount.of(q))) {
        out.add(q);
      } else if (q != null) {
        dropped.add(typed.apply(part));
      }
    }
    return out;
  }

  void searchedPlainly(String word) {
    plain.add(word);
  }

  void dropped(String word) {
    dropped.add(word);
  }

  QueryNotes notes() {
    return new QueryNotes(plain, dropped);
  }
}
