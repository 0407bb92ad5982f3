package dev.papersearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.search.TestIndexes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The benchmark is not a test, but it must keep working: one run of every part with the bundled
 * sample, a scale of two, split-second durations and the Java load client, then a look at the report.
 */
class BenchSmokeTest {

  @TempDir Path dir;

  @Test
  void tinyRunWritesAWellFormedReportAndPlot() throws Exception {
    Path out = dir.resolve("docs/bench.md");
    BenchConfig config =
        new BenchConfig(TestIndexes.sampleDir(), 2, out, 1, true, 0.05, 0.05, 1, 0.5, List.of(1, 2), 1, "java");
    List<String> log = new ArrayList<>();
    String returned = new Benchmark(config, log::add).runAndWrite();
    System.out.println(String.join("\n", log));

    String report = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(returned, report);
    int at = -1;
    for (String heading : MarkdownReport.SECTIONS) {
      int next = report.indexOf("\n" + heading + "\n");
      assertTrue(next > at, heading + " missing or out of order in\n" + report);
      at = next;
    }
    for (EngineSpec spec : EngineSpec.ALL) {
      assertTrue(report.contains("| " + spec.name() + " | yes |"), spec.name() + " has no rich search row");
      assertTrue(report.contains("| " + spec.name() + " | 2 | 30 |"), spec.name() + " has no scale-2 indexing row");
    }
    assertFalse(report.contains("NaN"), report);
    assertTrue(report.contains("| 2 | "), "no HTTP row for 2 connections");
    assertTrue(report.contains("Java client"), report);
    assertTrue(report.matches("(?s).*\\| HTTP: 0 errors at every connection count \\| 0 of [0-9,]+ \\| – \\| yes \\|.*"), report);
    for (String target : List.of("Typing inputs: in-process p50 ≤ 1.2×", "Typing inputs: in-process p99 ≤ 1.2×", "`/api/suggest` in-process p99 ≤ 5 ms")) {
      assertTrue(report.contains("| " + target), target + " is not among the targets");
    }
    assertTrue(report.contains("![Latency percentiles per system and indexing time against scale](bench.svg)"));
    // The HTTP load's distinct requests, and the peers' single-thread rate on the same queries.
    assertTrue(report.contains("| HTTP, 8 connections: ≥ 0.5× "), report); // measured at 8 connections, which this run has not
    for (String system : List.of(EngineSpec.PAPERSEARCH, EngineSpec.NORI_DEFAULT)) {
      assertTrue(report.lines().anyMatch(l -> l.matches("\\| " + system + " \\| ten hits[^|]* \\| [0-9,]+ \\| (×[0-9.]+|–) \\|")),
          system + " has no distinct-queries row");
    }
    // The per-stage cost: the searcher's stages in the order they run, their shares adding up to the whole.
    List<String[]> stages =
        report.lines().filter(l -> l.matches("\\| (read|build|collect|hits|facets) \\|.*")).map(l -> l.split(" \\| ")).toList();
    assertEquals(List.of("| read", "| build", "| collect", "| hits", "| facets"), stages.stream().map(c -> c[0]).toList(), report);
    int shares = stages.stream().mapToInt(c -> Integer.parseInt(c[c.length - 1].replace(" % |", ""))).sum();
    assertTrue(Math.abs(shares - 100) <= 3, "shares add up to " + shares);

    Path svg = dir.resolve("docs/bench.svg");
    Document plot =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
    assertEquals("svg", plot.getDocumentElement().getTagName());
    assertTrue(plot.getElementsByTagName("rect").getLength() > 7 * 3, "too few latency bars");
    assertEquals(EngineSpec.ALL.size(), plot.getElementsByTagName("polyline").getLength());
    assertNotNull(log.stream().filter(l -> l.contains("] Cold indexing papersearch")).findFirst().orElse(null), String.join("\n", log));
  }

  @Test
  void sqliteQueriesQuoteWordsOfThreeOrMoreCharacters() {
    assertEquals("\"LoRA\" OR \"미세조정\" OR \"메모리\"", SqliteEngine.matchExpression("LoRA 미세조정 메모리"));
    assertEquals("\"say\" OR \"\"\"hi\"\"\"", SqliteEngine.matchExpression("say \"hi\" 모델"));
    assertEquals(null, SqliteEngine.matchExpression("확산 모델"));
  }
}
