package dev.papersearch.ingest;

import static dev.papersearch.ingest.ExpectedPaper.assertPapers;
import static dev.papersearch.ingest.ExpectedPaper.at;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Era 1 (2023-11-20 to 2024-06-11): unlabelled bullets. The first digest day also has no image,
 * {@code Vote:} or {@code Authors:} line and no blank line before the next {@code ###}.
 */
class DigestEra1Test {

  private static final String FIXTURE = "era1-plain-bullets/2023-11-20.md";

  @Test
  void plainBulletsWithoutHeaderLinesOrSeparatingBlankLines() {
    Path file = Fixtures.path(FIXTURE);
    assertPapers(
        Fixtures.papers(FIXTURE),
        at(file, 3, "2023-11-20")
            .arxiv("1706.03762", "Attention Is All You Need")
            .bullets(
                "이 논문은 순환 구조 없이 어텐션만으로 동작하는 트랜스포머(Transformer) 구조를 제안합니다.",
                "인코더와 디코더는 모두 멀티헤드 셀프 어텐션과 위치별 피드포워드 층을 쌓아 만듭니다.",
                "WMT 2014 영어-독일어 번역에서 기존 최고 기록보다 높은 BLEU 점수를 얻었습니다."),
        // Nested "  - (1) ..." items become bullets of their own, in reading order.
        at(file, 8, "2023-11-20")
            .arxiv("1512.03385", "Deep Residual Learning for Image Recognition")
            .bullets(
                "층이 깊어질수록 학습이 어려워지는 문제를 잔차 연결(residual connection)로 완화합니다.",
                "제안된 구조의 특징은 다음과 같습니다:",
                "(1) 입력을 출력에 그대로 더하는 지름길 연결을 씁니다.",
                "(2) 추가 파라미터 없이 항등 사상을 쉽게 학습합니다.",
                "ImageNet 분류 대회에서 1위를 차지했습니다."),
        // Bullets start on the line right after the heading.
        at(file, 15, "2023-11-20")
            .arxiv("1412.6980", "Adam: A Method for Stochastic Optimization")
            .bullets(
                "기울기의 1차, 2차 모멘트 추정치를 이용해 파라미터마다 학습률을 조절하는 최적화 기법입니다.",
                "구현이 간단하고 메모리를 적게 씁니다."));
  }
}
