package dev.papersearch.search;

import org.apache.lucene.search.Query;

/**
 * What {@link PaperQueryBuilder} made of a user's query.
 *
 * @param query the Lucene query, within its {@link QueryBudget}
 * @param notes what the budget left out
 */
public record BuiltQuery(Query query, QueryNotes notes) {}
