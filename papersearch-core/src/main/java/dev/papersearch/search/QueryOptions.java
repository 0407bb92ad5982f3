package dev.papersearch.search;

import dev.papersearch.analysis.Synonyms;
import java.util.EnumSet;
import java.util.Set;

/**
 * The ranking choices of {@link PaperQueryBuilder} that the evaluation compares, and the budget every
 * query is built within.
 *
 * @param votesPrior weight of the votes prior ({@link PaperQueryBuilder#VOTES_PRIOR}; 0 for none)
 * @param synonyms the Korean synonym groups searched at the glossary's weight
 * @param budget how many words get expansions, are searched, and how many clauses a query may have
 * @param off the {@link Stage}s switched off
 */
public record QueryOptions(double votesPrior, Synonyms synonyms, QueryBudget budget, Set<Stage> off) {

  public QueryOptions {
    off = off.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(off));
  }

  /** What papersearch ships. */
  public static QueryOptions shipped() {
    return new QueryOptions(PaperQueryBuilder.VOTES_PRIOR, Synonyms.shipped(), QueryBudget.SHIPPED, Set.of());
  }

  /** The same options with another votes prior. */
  public QueryOptions withVotesPrior(double weight) {
    return new QueryOptions(weight, synonyms, budget, off);
  }

  /** The same options with other synonyms. */
  public QueryOptions withSynonyms(Synonyms other) {
    return new QueryOptions(votesPrior, other, budget, off);
  }

  /** The same options with another budget. */
  public QueryOptions withBudget(QueryBudget other) {
    return new QueryOptions(votesPrior, synonyms, other, off);
  }

  /** The same options with {@code stages} switched off too. */
  public QueryOptions without(Set<Stage> stages) {
    Set<Stage> all = EnumSet.noneOf(Stage.class);
    all.addAll(off);
    all.addAll(stages);
    return new QueryOptions(
        all.contains(Stage.VOTES_PRIOR) ? 0 : votesPrior, all.contains(Stage.SYNONYMS) ? Synonyms.NONE : synonyms, budget, all);
  }

  /** Whether {@code stage} is on. */
  public boolean on(Stage stage) {
    return !off.contains(stage);
  }
}
