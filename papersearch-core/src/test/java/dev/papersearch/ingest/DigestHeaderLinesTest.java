package dev.papersearch.ingest;

import static dev.papersearch.ingest.ExpectedPaper.assertPapers;
import static dev.papersearch.ingest.ExpectedPaper.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines between a paper's heading and its summary: thumbnail or video, {@code Vote:} and {@code
 * Authors:}, in every shape the real digests use.
 */
class DigestHeaderLinesTest {

  private static final String UPLOADS =
      "https://cdn-uploads.huggingface.co/production/uploads/fx0000000000000000000001/";

  /** 2023-11-21 embeds its one video as {@code <video src='...'>} with single quotes. */
  @Test
  void videoTagWithSingleQuotes() {
    String fixture = "video/2023-11-21.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2023-11-21")
            .arxivV1(
                "2311.10709",
                "Emu Video: Factorizing Text-to-Video Generation by Explicit Image Conditioning")
            .video(UPLOADS + "QuoteSingle-01.mp4")
            .authors("Ilse Brandvold", "Tomasz Wierzbicki")
            .bullets(
                "텍스트로 먼저 이미지를 만들고, 그 이미지와 텍스트를 함께 조건으로 삼아 영상을 생성합니다.",
                "두 단계로 나누어 고해상도 영상을 한 번에 만드는 것보다 학습이 안정적입니다."));
  }

  /**
   * Later video entries have a {@code [Watch Video]} link, with or without parentheses around the
   * URL, plus a raw {@code <div><video controls ...>} line, and no image line.
   */
  @Test
  void watchVideoLinkWithAndWithoutParentheses() {
    String fixture = "video/2023-12-04.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2023-12-04")
            .arxiv(
                "2311.15127",
                "Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets")
            .video(UPLOADS + "Paren-Link_02.mp4")
            .authors("Ronja Ekdahl", "Kwame Asante", "Lucía Ferreyra")
            .bullets(
                "잠재 공간 확산 모델을 대규모 영상 데이터로 학습시키는 과정을 세 단계로 정리합니다.",
                "데이터 선별이 최종 영상 품질에 큰 영향을 준다는 점을 보입니다."),
        at(file, 13, "2023-12-04")
            .arxivV1("2312.00589", "Merlin:Empowering Multimodal LLMs with Foresight Minds")
            .video(UPLOADS + "bare-link-03.mp4")
            .authors("Yusuf Demirci")
            .bullets("멀티모달 언어 모델이 관찰한 장면으로부터 앞으로 일어날 일을 추론하도록 학습시킵니다."),
        at(file, 22, "2023-12-04")
            .arxiv("2308.16512", "MVDream: Multi-view Diffusion for 3D Generation")
            .thumbnail(UPLOADS + "still-image-04.png")
            .authors("Petra Lindqvist", "Arjun Mehta")
            .bullets("여러 시점의 이미지를 동시에 생성해 3D 일관성을 높입니다."));
  }

  /** {@code Vote: -} and a missing {@code Vote:} line both mean "no count"; 0 is a count. */
  @Test
  void votesDashAbsentZeroAndLargest() {
    String fixture = "votes/2023-12-12.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2023-12-12")
            .arxiv("2401.04088", "Mixtral of Experts")
            .hfThumbnail()
            .authors("Oona Halvorsen")
            .bullets("토큰마다 여덟 개의 전문가 중 두 개만 골라 계산하는 희소 전문가 혼합 모델입니다."),
        at(file, 13, "2023-12-12")
            .arxiv("2401.02385", "TinyLlama: An Open-Source Small Language Model")
            .hfThumbnail()
            .authors("Dmitri Sokolov")
            .bullets("11억 파라미터의 작은 모델을 3조 개 토큰으로 오래 학습시킨 공개 언어 모델입니다."),
        at(file, 21, "2023-12-12")
            .arxivV1("2311.11045", "Orca 2: Teaching Small Language Models How to Reason")
            .hfThumbnail()
            .votes(0)
            .authors("Amara Nwosu")
            .bullets("과제에 따라 서로 다른 풀이 전략을 고르도록 작은 모델을 가르칩니다."),
        at(file, 31, "2023-12-12")
            .arxiv("2307.09288", "Llama 2: Open Foundation and Fine-Tuned Chat Models")
            .hfThumbnail()
            .votes(291)
            .authors("Felix Baumgartner")
            .bullets("공개된 대화형 언어 모델 제품군과 그 미세조정 과정을 자세히 설명합니다."));
  }

  /**
   * The {@code +} that marks a cut list is not a name; a name listed several times in a row is kept
   * once; a trailing comma and doubled spaces inside a name leave no trace.
   */
  @Test
  void authorsWithPlusItemRepeatsAndTrailingComma() {
    String fixture = "authors/2023-12-15.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2023-12-15")
            .arxivV1("2312.11805", "Gemini: A Family of Highly Capable Multimodal Models")
            .thumbnail(UPLOADS + "plus-item-05.png")
            .votes(12)
            .authors("Saanvi Rao", "Bjørn Holt", "Chiara Benedetti", "Tariq Haddad")
            .bullets("목록 중간의 + 항목은 허깅페이스가 긴 저자 목록을 줄였다는 표시입니다."),
        at(file, 13, "2023-12-15")
            .arxivV1(
                "2312.09390",
                "Weak-to-Strong Generalization: Eliciting Strong Capabilities With Weak Supervision")
            .thumbnail(UPLOADS + "repeat-06.png")
            .votes(7)
            .authors("Hana Yoon", "Leo Marchetti", "Ines Duarte")
            .bullets("같은 저자가 연달아 두세 번 나오는 목록과 끝에 남은 쉼표를 다룹니다."));
  }

  /**
   * 2024-10-18 to 2024-10-25 print authors as a Python list literal; a name with an apostrophe is
   * double-quoted there.
   */
  @Test
  void authorsAsPythonListLiteral() {
    String fixture = "authors-python-list/2024-10-21.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-10-21")
            .arxivV1("2410.13720", "Movie Gen: A Cast of Media Foundation Models")
            .hfThumbnail()
            .votes(33)
            .authors("Daria Volkova", "Conor O'Sullivan", "Min-jun Park", "Aiyana Redcloud")
            .section(
                "What's New",
                "하나의 모델 제품군으로 영상, 음성, 편집까지 처리하는 미디어 생성 시스템을 소개합니다.")
            .section("Technical Details", "300억 개 파라미터 규모의 트랜스포머가 텍스트에서 영상을 직접 생성합니다.")
            .section("Performance Highlights", "사람 평가에서 기존 상용 영상 생성 서비스보다 자주 선호되었습니다."));
  }

  /**
   * The longest real authors line is 10,398 characters (663 names). This one is generated, longer,
   * and must come back name for name, in order.
   */
  @Test
  void veryLongAuthorsLine() {
    List<String> names = inventedNames(800);
    String authorsLine = "Authors: " + String.join(", ", names);
    assertTrue(authorsLine.length() > 10_398, "the generated line should beat the real maximum");
    Path file = Path.of("generated", "2025-01-27.md");
    String text =
        "## Daily Papers (2025-01-27)\n\n"
            + "### [Humanity's Last Exam](https://arxiv.org/abs/2501.14249)\n\n"
            + "Vote: 60\n\n"
            + authorsLine
            + "\n\n- ***What's New***: 아주 많은 저자가 함께 만든 어려운 평가 문제 모음입니다.\n";

    List<Paper> papers = Fixtures.papersOf(new DigestParser().parse(file, text), file.toString());

    assertPapers(
        papers,
        at(file, 3, "2025-01-27")
            .arxiv("2501.14249", "Humanity's Last Exam")
            .votes(60)
            .authors(names)
            .section("What's New", "아주 많은 저자가 함께 만든 어려운 평가 문제 모음입니다."));
    assertEquals(800, papers.get(0).authors().size());
  }

  /** {@code count} distinct made-up names, given name times family name. */
  private static List<String> inventedNames(int count) {
    String[] given = {
      "Ada", "Bruno", "Chae-won", "Dalia", "Emeka", "Freya", "Goran", "Hiroko", "Ilya", "Jomo",
      "Kalani", "Lior", "Maren", "Nikhil", "Odile", "Pavel", "Qiu", "Rosa", "Sione", "Thandiwe",
      "Ugo", "Vesna", "Wren", "Ximena", "Yared", "Zofia", "Anwar", "Bettina", "Cosmin", "Dagny",
      "Eitan", "Fatou", "Gwilym", "Hamza", "Ingrid", "Jarrah", "Kirra", "Lautaro", "Mahsa", "Nils"
    };
    String[] family = {
      "Abernethy", "Bakshi", "Castillo-Reyes", "Dufresne", "Eze", "Fjeldstad", "Grünewald",
      "Hakimi", "Iwu", "Jovanović", "Kaur", "Lindahl", "Moreau", "Nakashima", "O'Hara",
      "Przybylski", "Quispe", "Rautio", "Szabó", "Tran"
    };
    List<String> names = new ArrayList<>(count);
    for (int i = 0; names.size() < count; i++) {
      names.add(given[i % given.length] + " " + family[(i / given.length) % family.length]);
    }
    return names;
  }
}
