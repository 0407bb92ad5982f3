package dev.papersearch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The relevance profile as shipped, and the SolrCloud configset's BM25 kept equal to it. */
class RelevanceProfileTest {

  @Test
  void theShippedProfileHasTheChosenWeights() {
    RelevanceProfile p = RelevanceProfile.SHIPPED;
    assertEquals(0.9f, p.k1());
    assertEquals(0.75f, p.b());
    assertEquals(1.5f, p.authors());
    assertEquals(0.2f, p.tieBreaker());
    assertEquals(0.035, p.votesPrior());
  }

  @Test
  void theSolrConfigsetScoresWithTheSameBm25() throws Exception {
    Element schema =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("config/solr/papers/schema.xml").toFile()).getDocumentElement();
    NodeList similarities = schema.getElementsByTagName("similarity");
    assertEquals(1, similarities.getLength(), "one similarity for every field");
    Element similarity = (Element) similarities.item(0);
    assertEquals("dev.papersearch.solr.PhraseIdfSimilarityFactory", similarity.getAttribute("class"));
    Map<String, Float> params = new HashMap<>();
    NodeList floats = similarity.getElementsByTagName("float");
    for (int i = 0; i < floats.getLength(); i++) {
      Element f = (Element) floats.item(i);
      params.put(f.getAttribute("name"), Float.parseFloat(f.getTextContent().strip()));
    }
    assertEquals(Map.of("k1", RelevanceProfile.SHIPPED.k1(), "b", RelevanceProfile.SHIPPED.b()), params);
  }

  @Test
  void aProfileWithAKeyMissingOrUnknownOrNotAWeightIsRefusedByName() {
    assertEquals(
        "relevance-missing.properties: bigrams is missing",
        assertThrows(SettingsException.class, () -> RelevanceProfile.load("relevance-missing.properties")).getMessage());
    assertEquals(
        "relevance-unknown.properties: unknown keys [bigram]",
        assertThrows(SettingsException.class, () -> RelevanceProfile.load("relevance-unknown.properties")).getMessage());
    assertEquals(
        "relevance-negative.properties: tie-breaker = '-0.2' is not a weight (a number of 0 or more)",
        assertThrows(SettingsException.class, () -> RelevanceProfile.load("relevance-negative.properties")).getMessage());
  }
}
