package dev.papersearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.search.SearchRequest;
import dev.papersearch.solr.client.SolrAdmin;
import dev.papersearch.solr.client.SolrNodes;
import dev.papersearch.solr.client.SolrSearcher;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solr-cluster}: the launcher prints usable node URLs; the admin commands work on a running cluster. */
class SolrClusterCommandTest {

  record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SolrClusterCommand.run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void startPrintsNodeUrlsOfAClusterWithTheCollectionAndStopsOnSigterm(@TempDir Path dir) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                SolrClusterCommand.class.getName(), "start", "--nodes", "1", "--shards", "1", "--replicas", "1",
                "--dir", dir.toString()));
    Process launcher = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String urls = null;
      List<String> nodes = new ArrayList<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
      while (urls == null) {
        String line = lines.readLine();
        if (line == null) {
          break;
        }
        if (line.strip().startsWith("node http")) {
          nodes.add(line.strip().substring("node ".length()));
        } else if (line.startsWith("--solr-url ")) {
          urls = line.substring("--solr-url ".length());
        }
      }
      assertNotNull(urls, "the launcher printed no --solr-url line");
      assertEquals(String.join(",", nodes), urls);
      try (SolrNodes solr = SolrNodes.parse(urls, Duration.ofSeconds(30))) {
        assertEquals(0, new SolrSearcher(solr, "papers", Duration.ofSeconds(30)).search(SearchRequest.of("")).total());
      }
    } finally {
      launcher.destroy();
      assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "the launcher did not stop on SIGTERM");
    }
  }

  @Test
  void uploadConfigAndCreateCollectionOnARunningCluster() throws Exception {
    SharedCluster solr = SharedCluster.get();
    String urls = solr.cluster.urlList();
    Outcome upload = run("upload-config", "--solr-url", urls, "--name", "papers_cli");
    assertEquals(0, upload.code(), upload.err());
    Outcome create =
        run("create-collection", "--solr-url", urls, "--collection", "papers_cli", "--name", "papers_cli",
            "--shards", "1", "--replicas", "1");
    assertEquals(0, create.code(), create.err());
    try {
      assertTrue(new SolrAdmin(solr.nodes).exists("papers_cli"));
      assertEquals("papers_cli", new SolrAdmin(solr.nodes).configName("papers_cli"));
    } finally {
      solr.cluster.deleteCollection("papers_cli");
    }
  }

  @Test
  void badArgumentsAreUsageErrors() throws Exception {
    assertEquals(2, run().code());
    assertEquals(2, run("frobnicate").code());
    assertTrue(run("start", "--nodes").err().contains("--nodes needs a value"));
    assertTrue(run("start", "--nodes", "two").err().contains("a number was expected"));
    assertTrue(run("upload-config").err().contains("needs --solr-url"));
    assertTrue(run("create-collection", "--solr-url", "solr:8983").err().contains("must start with http://"));
  }
}
