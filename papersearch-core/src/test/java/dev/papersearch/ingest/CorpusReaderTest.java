package dev.papersearch.ingest;

import static dev.papersearch.ingest.ExpectedPaper.assertPapers;
import static dev.papersearch.ingest.ExpectedPaper.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a folder of digests: which files count, their order, repeats, and the totals. */
class CorpusReaderTest {

  private final CorpusReader reader = new CorpusReader();

  /**
   * The upstream layout {@code paper_logs/YYYY/MM/DD.md} and the flat {@code YYYY-MM-DD.md} may
   * sit side by side; files are read in date order whatever their folder, a file without a heading
   * takes its date from its path, and a Markdown file with no date in its name is not a digest.
   */
  @Test
  void nestedAndFlatLayoutsInDateOrder() {
    Path root = Fixtures.path("layouts");
    Path nested05 = root.resolve(Path.of("paper_logs", "2024", "03", "05.md"));
    Path flat06 = root.resolve(Path.of("flat", "2024-03-06.md"));
    Path nested07 = root.resolve(Path.of("paper_logs", "2024", "03", "07.md"));
    Path flat08 = root.resolve(Path.of("flat", "2024-03-08.md"));
    List<String> progress = new ArrayList<>();
    int[] papersSoFar = {0};

    Corpus corpus =
        reader.read(
            root,
            read -> {
              papersSoFar[0] += read.papers().size();
              progress.add(
                  root.relativize(read.file()) + " " + read.number() + "/" + read.total() + " " + papersSoFar[0]);
            });

    assertEquals(List.of(nested05, flat06, nested07, flat08), CorpusReader.digestFiles(root));
    assertEquals(
        List.of(
            root.relativize(nested05) + " 1/4 1",
            root.relativize(flat06) + " 2/4 2",
            root.relativize(nested07) + " 3/4 3",
            root.relativize(flat08) + " 4/4 4"),
        progress);
    assertEquals(4, corpus.files());
    assertEquals(4, corpus.blocks());
    assertEquals(List.of(), corpus.problems());
    assertEquals(List.of(), corpus.repeats());
    assertPapers(
        corpus.papers(),
        at(nested05, 3, "2024-03-05")
            .arxivV1("2403.03206", "Scaling Rectified Flow Transformers for High-Resolution Image Synthesis")
            .hfThumbnail()
            .votes(61)
            .authors("Lena Hofmann", "Omar Zaki")
            .bullets(
                "정류 흐름(rectified flow) 방식으로 학습한 텍스트-이미지 트랜스포머를 크게 키운 연구입니다.",
                "텍스트와 이미지 토큰에 서로 다른 가중치를 두는 구조를 씁니다."),
        at(flat06, 3, "2024-03-06")
            .arxivV1("2403.03163", "Design2Code: How Far Are We From Automating Front-End Engineering?")
            .hfThumbnail()
            .votes(45)
            .authors("Marta Kowalska")
            .bullets("웹페이지 스크린샷을 보고 그대로 동작하는 HTML 코드를 만드는 과제를 평가합니다."),
        at(nested07, 1, "2024-03-07")
            .arxivV1("2403.04652", "Yi: Open Foundation Models by 01.AI")
            .hfThumbnail()
            .votes(30)
            .authors("Chen Meilin")
            .bullets("제목 줄이 없는 파일이라 날짜는 경로의 연/월/일 폴더에서 읽습니다."),
        at(flat08, 1, "2024-03-08")
            .arxivV1("2403.04132", "Chatbot Arena: An Open Platform for Evaluating LLMs by Human Preference")
            .hfThumbnail()
            .votes(18)
            .authors("Tomás Herrera")
            .bullets("제목 줄이 없는 평평한 파일이라 날짜는 파일 이름에서 읽습니다."));
  }

  /**
   * The same arXiv id on two days is one paper, kept on the first day. The later file sorts first
   * by path ({@code a/} before {@code b/}), so this also shows the rule follows dates, not listing
   * order.
   */
  @Test
  void repeatedIdKeepsTheFirstDay() {
    Path root = Fixtures.path("repeats");
    Path first = root.resolve(Path.of("b", "2024-10-16.md"));
    Path later = root.resolve(Path.of("a", "2024-10-18.md"));

    Corpus corpus = reader.read(root, CorpusReader.QUIETLY);

    assertEquals(2, corpus.files());
    assertEquals(3, corpus.blocks());
    assertEquals(List.of(), corpus.problems());
    assertPapers(
        corpus.papers(),
        at(first, 3, "2024-10-16")
            .arxivV1(
                "2410.09342",
                "LLM$\\times$MapReduce: Simplified Long-Sequence Processing using Large Language Models")
            .hfThumbnail()
            .votes(37)
            .authors("Hannes Gruber", "Li Wenjing")
            .section("What's New", "긴 문서를 조각으로 나누어 읽고 결과를 합치는 방식으로 문맥 길이의 한계를 넘습니다.")
            .section("Technical Details", "조각 사이에 걸친 정보를 잃지 않도록 구조화된 중간 결과를 주고받습니다.")
            .section("Performance Highlights", "훈련 없이도 긴 문맥 벤치마크에서 좋은 결과를 냅니다."),
        at(later, 3, "2024-10-18")
            .arxiv("2410.13863", "Unique Paper Of The Later Day")
            .hfThumbnail()
            .votes(4)
            .authors("Ruth Abebe")
            .section("What's New", "다음 날에만 나오는 논문이라 그대로 남아야 합니다."));
    assertPapers(
        corpus.repeats(),
        at(later, 13, "2024-10-18")
            .arxiv(
                "2410.09342",
                "LLMxMapReduce: Simplified Long-Sequence Processing using Large Language Models")
            .hfThumbnail()
            .votes(40)
            .authors("Hannes Gruber", "Li Wenjing")
            .section("What's New", "같은 논문이 다시 실린 것이라 첫날의 항목만 남아야 합니다."));
  }

  /** Broken blocks count as blocks and are listed as problems in file order. */
  @Test
  void brokenBlocksCountAsBlocks() {
    Path root = Fixtures.path("broken-blocks");
    Path file = root.resolve("2024-09-02.md");

    Corpus corpus = reader.read(root, CorpusReader.QUIETLY);

    assertEquals(1, corpus.files());
    assertEquals(5, corpus.blocks());
    assertEquals(
        List.of("2409.02060", "2408.14837"), corpus.papers().stream().map(Paper::id).toList());
    assertEquals(
        List.of(new SourceLine(file, 13), new SourceLine(file, 19), new SourceLine(file, 29)),
        corpus.problems().stream().map(ParseResult.Problem::where).toList());
  }

  /**
   * A file that cannot be decoded is a problem of the file, not a block: nothing in it was seen, so
   * the block total covers only the readable files.
   */
  @Test
  void undecodableFileIsAProblemButNotABlock(@TempDir Path root) throws IOException {
    Files.writeString(
        root.resolve("2024-05-01.md"),
        "## Daily Papers (2024-05-01)\n\n"
            + "### [Fine](https://arxiv.org/abs/2405.00002)\n\n- 괜찮습니다.\n",
        StandardCharsets.UTF_8);
    Path bad = Files.write(root.resolve("2024-05-02.md"), new byte[] {'#', ' ', (byte) 0xFF, '\n'});

    Corpus corpus = reader.read(root, CorpusReader.QUIETLY);

    assertEquals(2, corpus.files());
    assertEquals(1, corpus.blocks());
    assertEquals(List.of("2405.00002"), corpus.papers().stream().map(Paper::id).toList());
    assertEquals(
        List.of(new SourceLine(bad, 1)),
        corpus.problems().stream().map(ParseResult.Problem::where).toList());
  }

  /** A single file may be given as the root, whatever its name. */
  @Test
  void singleFileAsRoot() {
    Path file = Fixtures.path("era1-plain-bullets/2023-11-20.md");
    Corpus corpus = reader.read(file, CorpusReader.QUIETLY);
    assertEquals(1, corpus.files());
    assertEquals(3, corpus.blocks());
    assertEquals(
        List.of("1706.03762", "1512.03385", "1412.6980"),
        corpus.papers().stream().map(Paper::id).toList());
  }
}
