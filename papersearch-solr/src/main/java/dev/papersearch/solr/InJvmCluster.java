package dev.papersearch.solr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud cluster inside this JVM: {@code nodes} Jetty nodes and an embedded ZooKeeper, from
 * Solr's {@link MiniSolrCloudCluster}. Real Solr nodes with real HTTP, replication and leader
 * election; only the process boundary is missing. For machines without a Solr distribution (tests,
 * demos, benchmarks); a deployment runs the official Solr 9.10 instead.
 */
public final class InJvmCluster implements AutoCloseable {

  private final MiniSolrCloudCluster cluster;
  /** The nodes as started, so that node n stays node n across stops and restarts. */
  private final List<JettySolrRunner> nodes;

  private InJvmCluster(MiniSolrCloudCluster cluster) {
    this.cluster = cluster;
    this.nodes = List.copyOf(cluster.getJettySolrRunners());
  }

  /** Starts {@code nodes} nodes with their files below {@code baseDir}. */
  public static InJvmCluster start(int nodes, Path baseDir) throws Exception {
    if (nodes < 1) {
      throw new IllegalArgumentException("a cluster needs at least one node");
    }
    return new InJvmCluster(new MiniSolrCloudCluster.Builder(nodes, baseDir).withMetrics(false).build());
  }

  /** The base URL of every node, running or not, in node order ({@code http://127.0.0.1:PORT/solr}). */
  public List<String> urls() {
    return nodes.stream().map(j -> j.getBaseUrl().toString()).toList();
  }

  /** The URLs as {@code --solr-url} takes them. */
  public String urlList() {
    return String.join(",", urls());
  }

  public String zkHost() {
    return cluster.getZkServer().getZkAddress();
  }

  /** Stops node {@code n} (0-based) as a crash would look to the others: its cores go away. */
  public void stopNode(int n) throws Exception {
    cluster.stopJettySolrRunner(nodes.get(n));
    cluster.waitForJettyToStop(nodes.get(n));
  }

  /** Whether node {@code n} is running. */
  public boolean isUp(int n) {
    return nodes.get(n).isRunning();
  }

  /** Starts node {@code n} again on its old port; its cores recover from the shard leaders. */
  public void startNode(int n) throws Exception {
    JettySolrRunner node = nodes.get(n);
    cluster.startJettySolrRunner(node, true);
    cluster.waitForNode(node, 60);
  }

  /** Waits until {@code collection} has {@code shards} shards with {@code cores} active cores in all. */
  public void waitForActive(String collection, int shards, int cores) {
    cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, shards, cores);
  }

  /** One core of a collection: which shard it holds and where. */
  public record Core(String shard, String nodeUrl, String name) {}

  /** The cores of {@code collection} as ZooKeeper lists them, whether their node is up or not. */
  public List<Core> cores(String collection) {
    List<Core> cores = new ArrayList<>();
    for (Slice slice : cluster.getZkStateReader().getClusterState().getCollection(collection).getSlices()) {
      for (Replica replica : slice.getReplicas()) {
        cores.add(new Core(slice.getName(), replica.getBaseUrl(), replica.getCoreName()));
      }
    }
    return cores;
  }

  /** Deletes {@code collection} and its files. */
  public void deleteCollection(String collection) throws Exception {
    CollectionAdminRequest.deleteCollection(collection).process(cluster.getSolrClient());
  }

  @Override
  public void close() throws Exception {
    cluster.shutdown();
  }
}
