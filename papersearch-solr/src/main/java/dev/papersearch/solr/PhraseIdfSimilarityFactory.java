package dev.papersearch.solr;

import dev.papersearch.config.PhraseIdfSimilarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.schema.SimilarityFactory;

/**
 * The schema's similarity, the embedded index's: {@link PhraseIdfSimilarity} with the {@code k1} and
 * {@code b} the schema gives ({@code config/relevance.properties}' {@code bm25.k1} and {@code bm25.b}).
 */
public final class PhraseIdfSimilarityFactory extends SimilarityFactory {

  private Similarity similarity;

  @Override
  public void init(SolrParams params) {
    super.init(params);
    similarity = new PhraseIdfSimilarity(params.getFloat("k1", 1.2f), params.getFloat("b", 0.75f));
  }

  @Override
  public Similarity getSimilarity() {
    return similarity;
  }
}
