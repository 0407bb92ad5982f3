package dev.papersearch.solr;

import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.solr.client.SolrAdmin;
import dev.papersearch.solr.client.SolrIndexer;
import dev.papersearch.solr.client.SolrNodes;
import dev.papersearch.support.RealCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One in-JVM SolrCloud for the test classes of this module (starting one costs seconds and indexing
 * the corpus more): 2 nodes, collection {@value #COLLECTION} with 2 shards × 2 replicas holding the
 * whole real corpus, made with the same commands a user runs. Shut down when the test JVM exits.
 * Tests that stop a node start it again before they end.
 */
final class SharedCluster {

  static final String COLLECTION = "papers";
  static final String CONFIGSET = "papers";
  static final Path CONFIG_FOLDER = Path.of("config/solr/papers");
  static final int NODES = 2;
  static final int SHARDS = 2;
  static final int REPLICAS = 2;

  private static SharedCluster instance;

  final InJvmCluster cluster;
  final SolrNodes nodes;
  final SolrIndexer.Report indexed;

  private SharedCluster(InJvmCluster cluster, SolrNodes nodes, SolrIndexer.Report indexed) {
    this.cluster = cluster;
    this.nodes = nodes;
    this.indexed = indexed;
  }

  static synchronized SharedCluster get() throws Exception {
    if (instance == null) {
      Path corpus = RealCorpus.days();
      InJvmCluster cluster = InJvmCluster.start(NODES, Files.createTempDirectory("papersearch-solrcloud"));
      SolrNodes nodes = SolrNodes.parse(cluster.urlList(), Duration.ofSeconds(30));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(cluster, nodes), "solrcloud-test-shutdown"));
      SolrAdmin admin = new SolrAdmin(nodes);
      admin.uploadConfig(CONFIG_FOLDER, CONFIGSET);
      admin.createCollection(COLLECTION, CONFIGSET, SHARDS, REPLICAS);
      cluster.waitForActive(COLLECTION, SHARDS, SHARDS * REPLICAS);
      SolrIndexer.Report report =
          new SolrIndexer(nodes, COLLECTION, 500, Duration.ofSeconds(60)).index(corpus, CorpusReader.QUIETLY, n -> {});
      System.out.printf(
          "SolrCloud test cluster: %d nodes %s; %,d papers indexed in %.1f s (%,.0f papers/s), glossary %d entries%n",
          NODES, cluster.urls(), report.sent(), report.millis() / 1e3, report.sent() * 1e3 / report.millis(),
          report.glossaryEntries());
      instance = new SharedCluster(cluster, nodes, report);
    }
    return instance;
  }

  private static void close(InJvmCluster cluster, SolrNodes nodes) {
    try {
      nodes.close();
      cluster.close();
    } catch (Exception e) {
      System.err.println("stopping the test SolrCloud failed: " + e);
    }
  }
}
