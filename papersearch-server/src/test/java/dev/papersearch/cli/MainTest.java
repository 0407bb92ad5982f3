package dev.papersearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.search.TestIndexes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, messages naming file and line, help. */
class MainTest {

  @TempDir Path dir;

  record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ArrayList<>(List.of(args)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void indexReportsCountsAndExitsZeroOnCleanDigests() {
    Outcome o = run("index", "--corpus", TestIndexes.sampleDir().toString(), "--index", dir.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("Read 3 files, 15 blocks: 15 papers"), o.out());
    assertTrue(o.out().contains("Index holds 15 papers"), o.out());
  }

  @Test
  void brokenBlockIsNamedByFileAndLineAndTheRestIsIndexed() {
    Outcome o = run("index", "--corpus", TestIndexes.hostileDir().toString(), "--index", dir.toString());
    assertEquals(1, o.code());
    assertTrue(o.err().matches("(?s).*2024-07-01\\.md:17: vote is not a number.*"), o.err());
    assertTrue(o.out().contains("Index holds 3 papers"), o.out());
  }

  @Test
  void usageErrorsExitTwoWithHelp() {
    Outcome noCorpus = run("index", "--index", dir.toString());
    assertEquals(2, noCorpus.code());
    assertTrue(noCorpus.err().contains("index needs --corpus"), noCorpus.err());
    Outcome unknown = run("index", "--corpsu", "x");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown option --corpsu"), unknown.err());
    Outcome missing = run("index", "--corpus", dir.resolve("nope").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such file or folder"), missing.err());
    assertEquals(2, run("frobnicate").code());
  }

  @Test
  void badSettingNamesTheKey() {
    Outcome o = run("serve", "--port", "http", "--index", dir.toString());
    assertEquals(2, o.code());
    assertTrue(o.err().contains("server.port: 'http' is not a whole number"), o.err());
  }

  @Test
  void helpForEachCommand() {
    assertTrue(run("--help").out().contains("Commands:"));
    assertTrue(run("index", "--help").out().startsWith("Usage: papersearch index"));
    assertTrue(run("serve", "--help").out().startsWith("Usage: papersearch serve"));
  }

  @Test
  void solrBackendFlagsAreChecked() {
    Outcome noUrl = run("serve", "--backend", "solr");
    assertEquals(2, noUrl.code());
    assertTrue(noUrl.err().contains("--backend solr needs --solr-url"), noUrl.err());
    Outcome badBackend = run("index", "--backend", "elastic", "--corpus", dir.toString());
    assertEquals(2, badBackend.code());
    assertTrue(badBackend.err().contains("--backend must be lucene or solr, not 'elastic'"), badBackend.err());
    Outcome urlWithoutBackend = run("serve", "--solr-url", "http://localhost:8983/solr");
    assertEquals(2, urlWithoutBackend.code());
    assertTrue(urlWithoutBackend.err().contains("need --backend solr"), urlWithoutBackend.err());
    Outcome notHttp = run("serve", "--backend", "solr", "--solr-url", "localhost:8983");
    assertEquals(2, notHttp.code());
    assertTrue(notHttp.err().contains("must start with http:// or https://"), notHttp.err());
    Outcome badBatch = run("index", "--backend", "solr", "--solr-url", "http://127.0.0.1:9/solr", "--batch", "0");
    assertEquals(2, badBatch.code());
    assertTrue(badBatch.err().contains("--batch must be a number"), badBatch.err());
    assertTrue(run("serve", "--help").out().contains("--solr-url URLS"));
  }

  @Test
  void unreachableSolrIsAnErrorNotAStackTrace() {
    // Port 9 (discard) is closed on test machines: the connection is refused at once.
    Outcome serve = run("serve", "--backend", "solr", "--solr-url", "http://127.0.0.1:9/solr", "--port", "0");
    assertEquals(3, serve.code());
    assertTrue(serve.err().contains("no Solr node answered (http://127.0.0.1:9/solr)"), serve.err());
  }
}
