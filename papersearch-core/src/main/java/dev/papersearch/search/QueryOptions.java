package dev.papersearch.search;

import dev.papersearch.analysis.Synonyms;

/**
 * The ranking choices of {@link PaperQueryBuilder} that the evaluation compares, and the budget every
 * query is built within.
 *
 * @param votesPrior weight of the votes prior ({@link PaperQueryBuilder#VOTES_PRIOR}; 0 for none)
 * @param synonyms the Korean synonym groups searched at the glossary's weight
 * @param budget how many words get expansions, are searched, and how many clauses a query may have
 */
public record QueryOptions(double votesPrior, Synonyms synonyms, QueryBudget budget) {

  /** What papersearch ships. */
  public static QueryOptions shipped() {
    return new QueryOptions(PaperQueryBuilder.VOTES_PRIOR, Synonyms.shipped(), QueryBudget.SHIPPED);
  }

  /** The same options with another votes prior. */
  public QueryOptions withVotesPrior(double weight) {
    return new QueryOptions(weight, synonyms, budget);
  }

  /** The same options with other synonyms. */
  public QueryOptions withSynonyms(Synonyms other) {
    return new QueryOptions(votesPrior, other, budget);
  }

  /** The same options with another budget. */
  public QueryOptions withBudget(QueryBudget other) {
    return new QueryOptions(votesPrior, synonyms, other);
  }
}
