package dev.papersearch.search;

import org.apache.lucene.index.IndexReader;

/**
 * How many papers have a term in a field, wherever the papers are: an embedded index reader, or a
 * SolrCloud collection as a whole. Typed words are read against it ({@link TypedQuery}).
 */
@FunctionalInterface
public interface DocFreq {

  /** The papers with {@code term} in {@code field}, deleted ones still counted as an index counts them. */
  int of(String field, String term);

  /** The counts of the papers {@code reader} sees. */
  static DocFreq of(IndexReader reader) {
    return (field, term) -> FieldQueries.docFreq(reader, field, term);
  }
}
