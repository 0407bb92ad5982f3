package dev.papersearch.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * How many papers have a term in a field, wherever the papers are: an embedded index reader, or a
 * SolrCloud collection as a whole. Typed words are read against it ({@link TypedQuery}).
 */
@FunctionalInterface
public interface DocFreq {

  /** The papers with {@code term} in {@code field}, deleted ones still counted as an index counts them. */
  int of(String field, String term);

  /**
   * The papers with each of {@code terms} in {@code field}; a backend that asks over the network asks
   * once for them all.
   */
  default Map<String, Integer> of(String field, Collection<String> terms) {
    Map<String, Integer> counts = new HashMap<>();
    terms.forEach(t -> counts.put(t, of(field, t)));
    return counts;
  }

  /** The counts of the papers {@code reader} sees. */
  static DocFreq of(IndexReader reader) {
    return (field, term) -> FieldQueries.docFreq(reader, field, term);
  }
}
