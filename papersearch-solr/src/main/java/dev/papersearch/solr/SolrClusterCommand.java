package dev.papersearch.solr;

import dev.papersearch.config.MarkedSection;
import dev.papersearch.search.SearchUnavailableException;
import dev.papersearch.solr.client.SolrAdmin;
import dev.papersearch.solr.client.SolrNodes;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code solr-cluster}: starts an in-JVM SolrCloud ({@link InJvmCluster}) on a machine without a Solr
 * distribution, and uploads the configset and creates the collection on any SolrCloud (also a real
 * Solr 9.10) through the Configsets and Collections APIs.
 */
public final class SolrClusterCommand {

  static final String HELP =
      """
      Usage: java -jar papersearch-solr/target/papersearch-solr-cluster.jar COMMAND [OPTIONS]

        start [--nodes 2] [--shards 2] [--replicas 2] [--collection papers] [--dir DIR] [--config-dir DIR]
            start nodes and an embedded ZooKeeper in this JVM, upload the configset, create the collection
            (unless --collection ''), print the node URLs and run until stopped (Ctrl-C, SIGTERM)
        upload-config --solr-url URL[,URL...] [--name papers] [--config-dir config/solr/papers]
            upload the configset through the Configsets API
        create-collection --solr-url URL[,URL...] [--collection papers] [--name papers] [--shards 2] [--replicas 2]
            create the collection from the configset through the Collections API

        bench [--corpus ../shared/corpus/days] [--rounds 3] [--server-jar target/papersearch.jar] [--out docs/benchmarks.md]
            embedded backend vs a 2-node in-JVM SolrCloud (2 shards x 2 replicas) in one run: indexing
            papers/s, then search p50/p99 through the API server (papersearch.jar serve, child JVMs)
            over the dev queries, one at a time; writes the SolrCloud section of the report

      Then: java -jar target/papersearch.jar index --backend solr --solr-url URLS --collection papers --corpus DIR
            java -jar target/papersearch.jar serve --backend solr --solr-url URLS --collection papers
      """;

  private static final Set<String> FLAGS =
      Set.of(
          "nodes", "shards", "replicas", "collection", "dir", "config-dir", "solr-url", "name", "corpus", "rounds",
          "server-jar", "out");

  private SolrClusterCommand() {}

  public static void main(String[] args) throws Exception {
    int code = run(Arrays.asList(args), System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    try {
      return command(args, out, err);
    } catch (NumberFormatException e) {
      err.println("solr-cluster: a number was expected: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("solr-cluster: " + e.getMessage());
      return 2;
    } catch (SearchUnavailableException e) {
      err.println("solr-cluster: " + e.getMessage());
      return 3;
    }
  }

  private static int command(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
      out.print(HELP);
      return args.isEmpty() ? 2 : 0;
    }
    Map<String, String> flags;
    try {
      flags = flags(args.subList(1, args.size()));
    } catch (IllegalArgumentException e) {
      err.println("solr-cluster: " + e.getMessage() + "\n");
      err.print(HELP);
      return 2;
    }
    String configName = flags.getOrDefault("name", "papers");
    Path configDir = Path.of(flags.getOrDefault("config-dir", "config/solr/papers"));
    String collection = flags.getOrDefault("collection", "papers");
    int shards = Integer.parseInt(flags.getOrDefault("shards", "2"));
    int replicas = Integer.parseInt(flags.getOrDefault("replicas", "2"));
    switch (args.get(0)) {
      case "start" -> {
        int nodes = Integer.parseInt(flags.getOrDefault("nodes", "2"));
        Path dir = flags.containsKey("dir") ? Path.of(flags.get("dir")) : Files.createTempDirectory("papersearch-solrcloud");
        start(nodes, dir, configDir, configName, collection, shards, replicas, out);
        return 0;
      }
      case "bench" -> {
        SolrBench bench =
            new SolrBench(
                Path.of(flags.getOrDefault("corpus", "../shared/corpus/days")),
                flags.containsKey("server-jar") ? Path.of(flags.get("server-jar")) : ApiServerProcess.JAR,
                Integer.parseInt(flags.getOrDefault("rounds", "3")),
                out);
        Path report = Path.of(flags.getOrDefault("out", "docs/benchmarks.md"));
        String section = bench.report();
        String old = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
        Files.writeString(report, MarkedSection.SOLR_BENCH.replaceIn(old, section), StandardCharsets.UTF_8);
        out.println(section);
        out.println("Wrote the SolrCloud section of " + report);
        return 0;
      }
      case "upload-config", "create-collection" -> {
        if (!flags.containsKey("solr-url")) {
          err.println("solr-cluster " + args.get(0) + ": needs --solr-url URL[,URL...]");
          return 2;
        }
        try (SolrNodes solr = SolrNodes.parse(flags.get("solr-url"), Duration.ofSeconds(60))) {
          SolrAdmin admin = new SolrAdmin(solr);
          if (args.get(0).equals("upload-config")) {
            admin.uploadConfig(configDir, configName);
            out.println("Uploaded configset " + configName + " from " + configDir);
          } else {
            admin.createCollection(collection, configName, shards, replicas);
            out.printf("Created collection %s: %d shards x %d replicas, configset %s%n", collection, shards, replicas, configName);
          }
        }
        return 0;
      }
      default -> {
        err.println("solr-cluster: unknown command '" + args.get(0) + "'\n");
        err.print(HELP);
        return 2;
      }
    }
  }

  private static void start(
      int nodes, Path dir, Path configDir, String configName, String collection, int shards, int replicas, PrintStream out)
      throws Exception {
    long started = System.nanoTime();
    InJvmCluster cluster = InJvmCluster.start(nodes, dir);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.println("Stopping the SolrCloud nodes");
                  try {
                    cluster.close();
                  } catch (Exception e) {
                    System.err.println("solr-cluster: stopping failed: " + e);
                  }
                  stopped.countDown();
                },
                "solr-cluster-shutdown"));
    if (!collection.isEmpty()) {
      try (SolrNodes solr = SolrNodes.parse(cluster.urlList(), Duration.ofSeconds(60))) {
        SolrAdmin admin = new SolrAdmin(solr);
        admin.uploadConfig(configDir, configName);
        admin.createCollection(collection, configName, shards, replicas);
        cluster.waitForActive(collection, shards, shards * replicas);
      }
    }
    out.printf("SolrCloud with %d nodes up in %.1f s (ZooKeeper %s, files in %s)%n", nodes, (System.nanoTime() - started) / 1e9, cluster.zkHost(), dir);
    for (String url : cluster.urls()) {
      out.println("  node " + url);
    }
    if (!collection.isEmpty()) {
      out.printf("Collection %s: %d shards x %d replicas%n", collection, shards, replicas);
    }
    out.println("--solr-url " + cluster.urlList());
    out.flush();
    stopped.await();
  }

  private static Map<String, String> flags(List<String> args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i).startsWith("--") ? args.get(i).substring(2) : null;
      if (name == null || !FLAGS.contains(name)) {
        throw new IllegalArgumentException("unknown argument '" + args.get(i) + "'");
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      flags.put(name, args.get(++i));
    }
    return flags;
  }
}
