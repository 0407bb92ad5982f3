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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * Bytes that are not UTF-8 (here Latin-1 text on line 7) cost their line a problem and nothing else:
   * the block around them is still a paper, with U+FFFD where the bytes were, and so is the next.
   */
  @Test
  void nonUtf8BytesAreALineProblemAndTheBlocksStillParse(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        ("## Daily Papers (2024-05-02)\n\n"
                + "### [A Valid Heading](https://arxiv.org/abs/2405.00001)\n\n"
                + "Vote: 3\n\n")
            .getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("- caf\u00e9 au lait \u00e0 la carte\n".getBytes(StandardCharsets.ISO_8859_1));
    bytes.writeBytes("- 다음 줄은 멀쩡합니다.\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xff);
    bytes.writeBytes("\n### [Next Paper](https://arxiv.org/abs/2405.00002)\n\n- 두 번째 논문.\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("2024-05-02.md"), bytes.toByteArray());

    List<ParseResult> results = new CorpusReader().parseFile(file);

    assertEquals(4, results.size(), () -> "a problem per damaged line, then one result per block: " + results);
    ParseResult.Problem latin1 = assertProblem(results.get(0), new SourceLine(file, 7), "not valid UTF-8 (byte 0xe9)");
    assertEquals(ParseResult.Problem.Cost.NONE, latin1.cost());
    assertProblem(results.get(1), new SourceLine(file, 9), "not valid UTF-8 (byte 0xff)");
    Paper damaged = paper(results.get(2));
    assertEquals("2405.00001", damaged.id());
    assertEquals(List.of("caf\uFFFD au lait \uFFFD la carte", "다음 줄은 멀쩡합니다.\n\uFFFD"), damaged.bullets());
    assertEquals("2405.00002", paper(results.get(3)).id());
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

  /** The file's name is the day: a heading that says another day, or no day, is reported. */
  @Test
  void aHeadingDatedUnlikeTheFileNameIsReportedAndTheNameDatesThePapers() {
    for (String heading : List.of("2024-02-30", "2024-03-01")) {
      Path file = Path.of("days", "2024-02-28.md");
      String text =
          "## Daily Papers (" + heading + ")\n\n"
              + "### [Some Paper](https://arxiv.org/abs/2402.00001)\n\n- 요약.\n";
      List<ParseResult> results = new DigestParser().parse(file, text);
      assertEquals(2, results.size(), () -> "the heading's problem, then the block: " + results);
      ParseResult.Problem problem = assertProblem(results.get(0), new SourceLine(file, 1), "but the file is named for 2024-02-28");
      assertEquals(ParseResult.Problem.Cost.NONE, problem.cost());
      assertEquals(LocalDate.of(2024, 2, 28), paper(results.get(1)).date());
    }
  }

  /** Without a date in the file's name, the heading dates the papers, and a bad one fails them. */
  @Test
  void withoutADateInTheNameAnImpossibleHeadingDateFailsTheBlocks() {
    Path file = Path.of("notes", "digest.md");
    String text = "## Daily Papers (2024-02-30)\n\n### [Some Paper](https://arxiv.org/abs/2402.00001)\n\n- 요약.\n";
    List<ParseResult> results = new DigestParser().parse(file, text);
    assertEquals(1, results.size(), () -> "one result per ### block: " + results);
    ParseResult.Problem problem = assertProblem(results.get(0), new SourceLine(file, 3), "2024-02-30");
    assertEquals(Optional.of("2402.00001"), problem.paperId(), "the block still names its paper");
  }

  /** An id is read whole or not at all: cut to the pattern, two papers would become one. */
  @Test
  void arxivIdsAreParsedExactly() {
    Map<String, String> good =
        Map.of(
            "https://arxiv.org/abs/2505.12345", "2505.12345",
            "https://arxiv.org/abs/2505.12345v3", "2505.12345",
            "https://arxiv.org/pdf/2505.12345v2.pdf", "2505.12345",
            "https://arxiv.org/abs/1412.1234", "1412.1234",
            "https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001",
            "https://arxiv.org/abs/math.GT/0309136v1", "math.GT/0309136",
            "https://huggingface.co/papers/2505.12345", "2505.12345",
            "https://arxiv.org/abs/2505.12345?context=cs", "2505.12345",
            "https://arxiv.org/abs/2505.12345#section", "2505.12345");
    good.forEach((url, id) -> assertEquals(id, paper(parseLink(url)).id(), url));
    for (String url :
        List.of(
            "https://arxiv.org/abs/2505.123456",
            "https://arxiv.org/abs/2505.12345x",
            "https://arxiv.org/abs/2505.1234567",
            "https://arxiv.org/abs/2505.12345v",
            "https://arxiv.org/abs/2505.12345/extra",
            "https://arxiv.org/abs/25051.2345",
            "https://arxiv.org/abs/2410.0934",
            "https://arxiv.org/abs/2513.12345",
            "https://arxiv.org/abs/1412.12345",
            "https://arxiv.org/abs/hep-th/99010012")) {
      assertProblem(parseLink(url), new SourceLine(Path.of("2025-05-20.md"), 1), "is not an arXiv id");
    }
  }

  private static ParseResult parseLink(String url) {
    List<ParseResult> results = new DigestParser().parse(Path.of("2025-05-20.md"), "### [A Paper](" + url + ")\n\n- 요약.\n");
    assertEquals(1, results.size(), () -> url + ": " + results);
    return results.get(0);
  }

  /** A block past the size limit is reported and left out; the blocks around it are papers. */
  @Test
  void aBlockOverTheSizeLimitIsReportedAndItsNeighboursParse() {
    String huge = "- " + "가".repeat(DigestParser.MAX_BLOCK_CHARS) + "\n";
    String text =
        "### [Before](https://arxiv.org/abs/2505.00001)\n\n- 앞.\n\n"
            + "### [Huge](https://arxiv.org/abs/2505.00002)\n\n" + huge + "\n"
            + "### [After](https://arxiv.org/abs/2505.00003)\n\n- 뒤.\n";
    Path file = Path.of("2025-05-20.md");
    List<ParseResult> results = new DigestParser().parse(file, text);
    assertEquals(3, results.size(), () -> "one result per block");
    assertEquals("2505.00001", paper(results.get(0)).id());
    ParseResult.Problem problem = assertProblem(results.get(1), new SourceLine(file, 7), "over 65536 characters");
    assertEquals(Optional.of("2505.00002"), problem.paperId());
    assertEquals("2505.00003", paper(results.get(2)).id());
    String largestReal = "- " + "가".repeat(11_200) + "\n";
    assertEquals(
        1, new DigestParser().parse(file, "### [Big](https://arxiv.org/abs/2505.00004)\n\n" + largestReal).size());
    assertInstanceOf(
        ParseResult.Parsed.class,
        new DigestParser().parse(file, "### [Big](https://arxiv.org/abs/2505.00004)\n\n" + largestReal).get(0),
        "a block the size of the real corpus's largest is a paper");
  }

  private static Paper paper(ParseResult result) {
    return assertInstanceOf(ParseResult.Parsed.class, result, "expected a paper").paper();
  }

  private static ParseResult.Problem assertProblem(ParseResult result, SourceLine where, String reasonMentions) {
    ParseResult.Problem problem =
        assertInstanceOf(ParseResult.Problem.class, result, "expected a problem");
    assertEquals(where, problem.where(), () -> "where of " + problem);
    assertTrue(
        problem.reason().contains(reasonMentions),
        () -> "reason should mention '" + reasonMentions + "': " + problem.reason());
    return problem;
  }
}
