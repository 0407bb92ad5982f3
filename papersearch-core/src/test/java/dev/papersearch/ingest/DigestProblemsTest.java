package dev.papersearch.ingest;

import static dev.papersearch.ingest.ExpectedPaper.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blocks and files that cannot become papers. Each is reported as a problem naming the file and the
 * line to look at, and the blocks around a broken one still parse.
 */
class DigestProblemsTest {

  @Test
  void brokenBlocksAreReportedAndTheirNeighboursStillParse() {
    String fixture = "broken-blocks/2024-09-02.md";
    Path file = Fixtures.path(fixture);
    List<ParseResult> results = Fixtures.parse(fixture);

    assertEquals(5, results.size(), () -> "one result per ### block: " + results);
    at(file, 3, "2024-09-02")
        .arxivV1("2409.02060", "OLMoE: Open Mixture-of-Experts Language Models")
        .hfThumbnail()
        .votes(31)
        .authors("Annika Berg")
        .section("What's New", "학습 데이터와 코드까지 모두 공개한 전문가 혼합 언어 모델입니다.")
        .assertMatches(paper(results.get(0)));
    assertProblem(results.get(1), new SourceLine(file, 13), "A heading without a link");
    assertProblem(results.get(2), new SourceLine(file, 19), "https://example.org/blog/post-17");
    // The block is fine up to its vote, so the problem points at the Vote: line itself.
    assertProblem(results.get(3), new SourceLine(file, 29), "'abc'");
    at(file, 35, "2024-09-02")
        .arxivV1("2408.14837", "Diffusion Models Are Real-Time Game Engines")
        .hfThumbnail()
        .votes(64)
        .authors("Yael Friedman", "Kofi Mensah")
        .section("What's New", "신경망만으로 고전 게임을 실시간으로 돌리는 게임 엔진을 보여 줍니다.")
        .assertMatches(paper(results.get(4)));
  }

  /** A file that is not UTF-8 (here Latin-1 text on line 7) is one problem naming that line. */
  @Test
  void nonUtf8FileIsOneProblemAtTheFirstBadLine(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        ("## Daily Papers (2024-05-02)\n\n"
                + "### [A Valid Heading](https://arxiv.org/abs/2405.00001)\n\n"
                + "Vote: 3\n\n")
            .getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("- caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1));
    bytes.writeBytes("- 다음 줄은 멀쩡합니다.\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("2024-05-02.md"), bytes.toByteArray());

    List<ParseResult> results = new CorpusReader().parseFile(file);

    assertEquals(1, results.size(), () -> "one problem for the whole file: " + results);
    assertProblem(results.get(0), new SourceLine(file, 7), "UTF-8");
  }

  @Test
  void missingFileIsOneProblemAtLineZero(@TempDir Path dir) {
    Path file = dir.resolve("2024-05-03.md");
    List<ParseResult> results = new CorpusReader().parseFile(file);
    assertEquals(1, results.size(), () -> "one problem for the whole file: " + results);
    assertProblem(results.get(0), new SourceLine(file, 0), "cannot read");
  }

  /** Without a heading and without a date in the path, no block can be dated. */
  @Test
  void blockWithoutAnyDateIsAProblem() {
    Path file = Path.of("notes", "reading-list.md");
    String text = "\n### [Some Paper](https://arxiv.org/abs/2401.00001)\n\n- 요약 한 줄.\n";
    List<ParseResult> results = new DigestParser().parse(file, text);
    assertEquals(1, results.size(), () -> "one result per ### block: " + results);
    assertProblem(results.get(0), new SourceLine(file, 2), "Daily Papers");
  }

  /** An impossible heading date is reported rather than replaced by the file name's date. */
  @Test
  void impossibleHeadingDateIsAProblem() {
    Path file = Path.of("days", "2024-02-28.md");
    String text =
        "## Daily Papers (2024-02-30)\n\n"
            + "### [Some Paper](https://arxiv.org/abs/2402.00001)\n\n- 요약.\n";
    List<ParseResult> results = new DigestParser().parse(file, text);
    assertEquals(1, results.size(), () -> "one result per ### block: " + results);
    assertProblem(results.get(0), new SourceLine(file, 3), "2024-02-30");
  }

  private static Paper paper(ParseResult result) {
    return assertInstanceOf(ParseResult.Parsed.class, result, "expected a paper").paper();
  }

  private static void assertProblem(ParseResult result, SourceLine where, String reasonMentions) {
    ParseResult.Problem problem =
        assertInstanceOf(ParseResult.Problem.class, result, "expected a problem");
    assertEquals(where, problem.where(), () -> "where of " + problem);
    assertTrue(
        problem.reason().contains(reasonMentions),
        () -> "reason should mention '" + reasonMentions + "': " + problem.reason());
  }
}
