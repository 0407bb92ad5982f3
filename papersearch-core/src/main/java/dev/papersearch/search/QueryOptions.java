package dev.papersearch.search;

import dev.papersearch.analysis.Synonyms;

/**
 * The ranking choices of {@link PaperQueryBuilder} that the evaluation compares.
 *
 * @param votesPrior weight of the votes prior ({@link PaperQueryBuilder#VOTES_PRIOR}; 0 for none)
 * @param synonyms the Korean synonym groups searched at the glossary's weight
 */
public record QueryOptions(double votesPrior, Synonyms synonyms) {

  /** What papersearch ships. */
  public static QueryOptions shipped() {
    return new QueryOptions(PaperQueryBuilder.VOTES_PRIOR, Synonyms.shipped());
  }

  /** The same options with another votes prior. */
  public QueryOptions withVotesPrior(double weight) {
    return new QueryOptions(weight, synonyms);
  }

  /** The same options with other synonyms. */
  public QueryOptions withSynonyms(Synonyms other) {
    return new QueryOptions(votesPrior, other);
  }
}
