package dev.papersearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.solr.client.SolrAdmin;
import dev.papersearch.solr.client.SolrIndexer;
import dev.papersearch.solr.client.SolrNodes;
import dev.papersearch.solr.client.SolrSearcher;
import dev.papersearch.support.RealCorpus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;

/**
 * The collection survives a node going down on the 2-node, 2 shards × 2 replicas cluster: searches
 * keep answering with every paper, papers sent meanwhile are not lost, and the node's cores catch up
 * when it returns. Each test starts the node again before it ends.
 */
class ReliabilityTest {

  /** The node stopped in these tests; its URL stays first in the client's list, so failover is exercised. */
  private static final int VICTIM = 1;

  @Test
  void searchesAnswerWithEveryPaperWhileANodeIsDownAndItRecovers() throws Exception {
    SharedCluster solr = SharedCluster.get();
    int papers = solr.indexed.corpus().papers().size();
    try (SolrNodes victimFirst = victimFirst(solr)) {
      SolrSearcher searcher = new SolrSearcher(victimFirst, SharedCluster.COLLECTION, Duration.ofSeconds(30));
      long attention = searcher.search(SearchRequest.of("어텐션")).total();
      assertEquals(papers, searcher.search(SearchRequest.of("")).total());
      Paper sample = solr.indexed.corpus().papers().get(papers / 2);

      long stopped = System.nanoTime();
      solr.cluster.stopNode(VICTIM);
      solr.cluster.waitForActive(SharedCluster.COLLECTION, SharedCluster.SHARDS, SharedCluster.SHARDS);
      System.out.printf("Node %d down: every shard served by its other replica after %.1f s%n", VICTIM, (System.nanoTime() - stopped) / 1e9);
      for (int i = 0; i < 10; i++) {
        assertEquals(papers, searcher.search(SearchRequest.of("")).total(), "every paper while a node is down");
        assertEquals(attention, searcher.search(SearchRequest.of("어텐션")).total(), "same hits while a node is down");
        assertEquals(sample, searcher.paper(sample.id()).orElseThrow());
      }

      long restarted = System.nanoTime();
      solr.cluster.startNode(VICTIM);
      solr.cluster.waitForActive(SharedCluster.COLLECTION, SharedCluster.SHARDS, SharedCluster.SHARDS * SharedCluster.REPLICAS);
      System.out.printf("Node %d back: all 4 replicas active after %.1f s%n", VICTIM, (System.nanoTime() - restarted) / 1e9);
      assertEveryReplicaHolds(solr, SharedCluster.COLLECTION, ids(solr.indexed.corpus().papers()));
      assertEquals(papers, searcher.search(SearchRequest.of("")).total());
    }
  }

  @Test
  void papersSentWhileANodeIsDownAreAllThereAfterItReturns() throws Exception {
    SharedCluster solr = SharedCluster.get();
    String collection = "papers_outage";
    SolrAdmin admin = new SolrAdmin(solr.nodes);
    admin.createCollection(collection, SharedCluster.CONFIGSET, SharedCluster.SHARDS, SharedCluster.REPLICAS);
    solr.cluster.waitForActive(collection, SharedCluster.SHARDS, SharedCluster.SHARDS * SharedCluster.REPLICAS);
    AtomicBoolean down = new AtomicBoolean();
    long[] stoppedAt = {0};
    try (SolrNodes victimFirst = victimFirst(solr)) {
      // The node goes away after the first batch, without warning the indexer: the next batches find
      // its URL dead and possibly a shard without a leader until the other replica takes over.
      SolrIndexer.Report report =
          new SolrIndexer(victimFirst, collection, 500, Duration.ofSeconds(120))
              .index(
                  RealCorpus.days(),
                  CorpusReader.QUIETLY,
                  sent -> {
                    if (down.compareAndSet(false, true)) {
                      stop(solr, VICTIM);
                      stoppedAt[0] = System.nanoTime();
                    }
                  });
      assertTrue(down.get());
      int papers = report.corpus().papers().size();
      assertEquals(papers, report.collectionSize(), "papers in the collection with one node down");
      System.out.printf(
          "Indexing with node %d stopped after the first batch: %,d papers in the collection %.1f s later%n",
          VICTIM, report.collectionSize(), (System.nanoTime() - stoppedAt[0]) / 1e9);

      long restarted = System.nanoTime();
      solr.cluster.startNode(VICTIM);
      solr.cluster.waitForActive(collection, SharedCluster.SHARDS, SharedCluster.SHARDS * SharedCluster.REPLICAS);
      System.out.printf(
          "Node %d back: its replicas caught up and active after %.1f s%n", VICTIM, (System.nanoTime() - restarted) / 1e9);
      assertEveryReplicaHolds(solr, collection, ids(report.corpus().papers()));
      SolrSearcher searcher = new SolrSearcher(victimFirst, collection, Duration.ofSeconds(30));
      for (int i = 0; i < papers; i += 500) {
        Paper expected = report.corpus().papers().get(i);
        assertEquals(expected.id(), searcher.paper(expected.id()).orElseThrow().id(), "spot check after recovery");
      }
    } finally {
      if (down.get() && !solr.cluster.isUp(VICTIM)) {
        solr.cluster.startNode(VICTIM);
      }
      solr.cluster.deleteCollection(collection);
    }
  }

  private static void stop(SharedCluster solr, int node) {
    try {
      solr.cluster.stopNode(node);
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop node " + node, e);
    }
  }

  /** A client for both nodes that tries the stopped one first. */
  private static SolrNodes victimFirst(SharedCluster solr) {
    List<String> urls = new ArrayList<>(solr.cluster.urls());
    urls.add(0, urls.remove(VICTIM));
    return new SolrNodes(urls, Duration.ofSeconds(30));
  }

  private static Set<String> ids(List<Paper> papers) {
    Set<String> ids = new HashSet<>();
    papers.forEach(p -> ids.add(p.id()));
    return ids;
  }

  /**
   * Each core, asked alone ({@code distrib=false}), holds exactly the ids of its shard: both replicas
   * of a shard the same ones, and the shards together every expected id.
   */
  private static void assertEveryReplicaHolds(SharedCluster solr, String collection, Set<String> expected) throws Exception {
    Map<String, List<Set<String>>> byShard = new HashMap<>();
    for (InJvmCluster.Core core : solr.cluster.cores(collection)) {
      try (SolrNodes node = new SolrNodes(List.of(core.nodeUrl()), Duration.ofSeconds(30))) {
        SolrQuery all = new SolrQuery("*:*");
        all.set("defType", "lucene");
        all.set("distrib", "false");
        all.setFields("id");
        all.setRows(expected.size() + 1);
        Set<String> ids = new TreeSet<>();
        for (SolrDocument doc : node.call("ids of " + core.name(), n -> n.query(core.name(), all)).getResults()) {
          ids.add((String) doc.getFirstValue("id"));
        }
        byShard.computeIfAbsent(core.shard(), s -> new ArrayList<>()).add(ids);
      }
    }
    Set<String> union = new HashSet<>();
    byShard.forEach(
        (shard, replicas) -> {
          assertEquals(SharedCluster.REPLICAS, replicas.size(), shard + " replicas");
          for (Set<String> replica : replicas) {
            assertEquals(replicas.get(0), replica, shard + ": its replicas hold different papers");
          }
          union.addAll(replicas.get(0));
        });
    assertEquals(expected.size(), union.size(), "papers over all shards");
    assertEquals(expected, union);
  }
}
