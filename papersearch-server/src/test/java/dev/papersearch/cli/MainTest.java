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
}
