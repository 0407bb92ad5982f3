package dev.papersearch.solr;

import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.solr.client.SolrAdmin;
import dev.papersearch.solr.client.SolrIndexer;
import dev.papersearch.solr.client.SolrNodes;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code solr-cluster bench}: the embedded backend and the 2-node in-JVM SolrCloud (2 shards × 2
 * replicas) side by side, in one run on one machine: indexing the corpus (papers/s, parse to
 * searchable, glossary included) and search latency through the real API server ({@code
 * papersearch.jar serve}, one child JVM per backend) over the dev queries, one request at a time.
 */
final class SolrBench {

  /** The table the rows of {@link Figures#row} belong to. */
  static final String HEADER =
      "| backend | papers | indexing (parse to searchable) | papers/s | search p50 via API | search p99 via API | searches |\n"
          + "|---|---:|---:|---:|---:|---:|---:|";

  private final Path corpus;
  private final Path serverJar;
  private final int rounds;
  private final PrintStream out;

  SolrBench(Path corpus, Path serverJar, int rounds, PrintStream out) {
    this.corpus = corpus;
    this.serverJar = serverJar;
    this.rounds = rounds;
    this.out = out;
  }

  /** A backend's figures. */
  record Figures(String backend, int papers, double indexSeconds, double p50, double p99, int searches) {
    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %,d | %.1f s | %,.0f | %.1f ms | %.1f ms | %,d |",
          backend, papers, indexSeconds, papers / indexSeconds, p50, p99, searches);
    }
  }

  List<Figures> run() throws Exception {
    List<DevQueries> queries = DevQueries.read(DevQueries.DEFAULT);
    Path work = Files.createTempDirectory("papersearch-solr-bench");
    List<Figures> figures = new ArrayList<>();

    Path indexDir = work.resolve("index");
    long started = System.nanoTime();
    int embeddedPapers;
    try (PaperIndex index = PaperIndex.open(indexDir)) {
      embeddedPapers = new CorpusIndexer(index).index(corpus, CorpusReader.QUIETLY).indexed();
    }
    double embeddedSeconds = (System.nanoTime() - started) / 1e9;
    out.printf(Locale.ROOT, "embedded: %,d papers indexed in %.1f s%n", embeddedPapers, embeddedSeconds);
    figures.add(latency("embedded (Lucene in the API JVM)", embeddedPapers, embeddedSeconds, queries, "--index", indexDir.toString()));

    try (InJvmCluster cluster = InJvmCluster.start(2, work.resolve("solr"));
        SolrNodes nodes = SolrNodes.parse(cluster.urlList(), Duration.ofSeconds(60))) {
      SolrAdmin admin = new SolrAdmin(nodes);
      admin.uploadConfig(Path.of("config/solr/papers"), "papers");
      admin.createCollection("papers", "papers", 2, 2);
      cluster.waitForActive("papers", 2, 4);
      SolrIndexer.Report report =
          new SolrIndexer(nodes, "papers", 500, Duration.ofSeconds(120)).index(corpus, CorpusReader.QUIETLY, n -> {});
      out.printf(Locale.ROOT, "solr: %,d papers indexed in %.1f s%n", report.sent(), report.millis() / 1e3);
      figures.add(
          latency(
              "SolrCloud, 2 in-JVM nodes, 2 shards × 2 replicas",
              report.sent(),
              report.millis() / 1e3,
              queries,
              "--backend", "solr", "--solr-url", cluster.urlList(), "--collection", "papers"));
    }
    return figures;
  }

  /** Starts the API on the backend, runs the queries once to warm up, then {@code rounds} times timed. */
  private Figures latency(String backend, int papers, double indexSeconds, List<DevQueries> queries, String... serveArgs)
      throws Exception {
    try (ApiServerProcess server = ApiServerProcess.start(serverJar, List.of(serveArgs))) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      List<Double> millis = new ArrayList<>();
      for (int round = 0; round <= rounds; round++) {
        for (DevQueries q : queries) {
          URI uri = URI.create(server.baseUrl() + "/api/search?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
          long t = System.nanoTime();
          HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200) {
            throw new IllegalStateException(backend + ": " + uri + " answered " + response.statusCode() + ": " + response.body());
          }
          if (round > 0) {
            millis.add((System.nanoTime() - t) / 1e6);
          }
        }
      }
      millis.sort(null);
      return new Figures(backend, papers, indexSeconds, percentile(millis, 50), percentile(millis, 99), millis.size());
    }
  }

  private static double percentile(List<Double> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
