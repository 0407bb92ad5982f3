package dev.papersearch.solr.client;

import dev.papersearch.search.DocFreq;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.TermsResponse;

/**
 * The terms of a whole SolrCloud collection with the papers that have each, through the {@code /terms}
 * handler (Solr's TermsComponent, which asks every shard and adds their counts up): the counts an
 * embedded index of the same papers has, deleted papers counted as there until segments merge.
 */
final class CollectionTerms {

  /** The TermsComponent's handler: config/solr/papers names it, and Solr 9 has it implicitly anyway. */
  static final String HANDLER = "/terms";

  private final SolrNodes nodes;
  private final String collection;

  CollectionTerms(SolrNodes nodes, String collection) {
    this.nodes = nodes;
    this.collection = collection;
  }

  /** Every term of {@code field} with the papers that have it. */
  Map<String, Integer> all(String field) {
    SolrQuery terms = request(field);
    // In index order every shard can send its terms whole, and nothing is cut after adding them up.
    terms.set("terms.sort", "index");
    return counts(field, terms);
  }

  /**
   * The collection's counts, one request for each term not asked before: {@link
   * dev.papersearch.search.TypedQuery} asks only of words its vocabulary lacks, a few a query.
   */
  DocFreq docFreqs() {
    Map<String, Integer> asked = new HashMap<>();
    return new DocFreq() {
      @Override
      public int of(String field, String term) {
        return asked.computeIfAbsent(field + '\u0000' + term, k -> docFreqs(field, List.of(term)).getOrDefault(term, 0));
      }

      /** One request for them all (the related papers' words). */
      @Override
      public Map<String, Integer> of(String field, Collection<String> terms) {
        return terms.isEmpty() ? Map.of() : docFreqs(field, terms);
      }
    };
  }

  private Map<String, Integer> docFreqs(String field, Collection<String> wanted) {
    SolrQuery terms = request(field);
    // terms.list is a comma-separated list with backslash escapes; Solr trims each term, and an
    // analyzer's term has no space around it.
    terms.set(
        "terms.list",
        String.join(",", wanted.stream().map(t -> t.replace("\\", "\\\\").replace(",", "\\,")).toList()));
    return counts(field, terms);
  }

  private SolrQuery request(String field) {
    SolrQuery terms = new SolrQuery();
    terms.setRequestHandler(HANDLER);
    terms.set("terms", true);
    terms.set("terms.fl", field);
    terms.set("terms.limit", -1);
    // As the configset's handler defaults are, for a collection made from an older configset: each
    // shard answers at the same handler, and the component adds their counts up.
    terms.set("distrib", true);
    terms.set("shards.qt", HANDLER);
    return terms;
  }

  private Map<String, Integer> counts(String field, SolrQuery terms) {
    TermsResponse response =
        nodes.call("terms of " + field, node -> node.query(collection, terms)).getTermsResponse();
    List<TermsResponse.Term> listed = response == null ? null : response.getTerms(field);
    Map<String, Integer> counts = new HashMap<>();
    if (listed != null) {
      listed.forEach(t -> counts.put(t.getTerm(), (int) t.getFrequency()));
    }
    return counts;
  }
}
