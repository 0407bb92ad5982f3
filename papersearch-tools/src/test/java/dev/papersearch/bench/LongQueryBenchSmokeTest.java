package dev.papersearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.config.MarkedSection;
import dev.papersearch.support.RealCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --long-queries} must keep working: one short run against the real corpus (its ordinary
 * queries are the evaluation's, which name its papers), then a look at the section it wrote. No
 * timing is checked; that every request was answered is.
 */
class LongQueryBenchSmokeTest {

  @TempDir Path dir;

  @Test
  void aShortRunWritesItsSectionBesideWhatTheReportHeld() throws Exception {
    Path out = dir.resolve("benchmarks.md");
    String before = "# Benchmarks\n\nWritten by another command.\n";
    Files.writeString(out, before, StandardCharsets.UTF_8);
    String section = new LongQueryBench(new LongQueryBench.Config(RealCorpus.days(), out, null, 1, 0.5), line -> {}).runAndWrite();

    String report = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(report.startsWith(before), report);
    assertTrue(MarkedSection.LONG_QUERIES.in(report).orElseThrow().contains(section.strip()), report);
    assertFalse(section.contains("NaN"), section);
    // Four kinds one after another, then three rows of the load: every request answered 200.
    List<String[]> rows = section.lines().filter(l -> l.matches("\\| [^-|].*\\| [0-9,]+ \\|.*")).map(l -> l.split("\\s*\\|\\s*")).toList();
    assertEquals(7, rows.size(), section);
    rows.subList(0, 4).forEach(r -> assertEquals("0", r[3], String.join("|", r)));
    rows.subList(4, 7).forEach(r -> assertEquals("0", r[4], String.join("|", r)));
  }
}
