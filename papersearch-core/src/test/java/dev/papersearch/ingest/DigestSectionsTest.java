package dev.papersearch.ingest;

import static dev.papersearch.ingest.ExpectedPaper.assertPapers;
import static dev.papersearch.ingest.ExpectedPaper.at;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Labelled summaries (from 2024-06-12): the label markup of eras 2 and 3 and its slips, extra and
 * missing labels, and lines inside a section that are not bullets.
 */
class DigestSectionsTest {

  /** Era 2 begins with the one day that put blank lines between the three labelled bullets. */
  @Test
  void doubleAsteriskLabelsSeparatedByBlankLines() {
    String fixture = "era2-double-asterisk/2024-06-12.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-06-12")
            .arxivV1("2406.07550", "An Image is Worth 32 Tokens for Reconstruction and Generation")
            .hfThumbnail()
            .votes(52)
            .authors("Greta Wolff", "Haruto Sato")
            .section("What's New", "이미지를 2차원 격자 대신 32개의 1차원 토큰으로 표현하는 토크나이저를 제안합니다.")
            .section(
                "Technical Details",
                "ViT 인코더가 학습 가능한 잠재 토큰을 읽어 내고, 벡터 양자화기가 이를 이산 코드로 바꿉니다.")
            .section(
                "Performance Highlights",
                "적은 토큰으로도 ImageNet 256x256 생성에서 경쟁력 있는 FID를 보이며 생성 속도가 빨라집니다."),
        at(file, 17, "2024-06-12")
            .arxivV1("2406.06608", "The Prompt Report: A Systematic Survey of Prompting Techniques")
            .hfThumbnail()
            .votes(46)
            .authors("Nadia Farouk", "Elias Kowalczyk", "Priya Raman")
            .section("What's New", "흩어져 있던 프롬프트 기법 용어를 하나의 분류 체계로 정리한 조사 논문입니다.")
            .section("Technical Details", "58가지 텍스트 프롬프트 기법과 40가지 다른 모달리티 기법을 목록으로 묶었습니다.")
            .section("Performance Highlights", "몇 가지 기법을 직접 비교해 어떤 상황에서 효과적인지 보여 줍니다."));
  }

  @Test
  void doubleAsteriskLabelsOnConsecutiveLines() {
    String fixture = "era2-double-asterisk/2024-07-03.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-07-03")
            .arxivV1(
                "2407.02490",
                "MInference 1.0: Accelerating Pre-filling for Long-Context LLMs via Dynamic Sparse Attention")
            .hfThumbnail()
            .votes(23)
            .authors("Sofia Lindgren", "Kenji Morimoto", "Adaeze Obi")
            .section(
                "What's New",
                "긴 입력을 처리할 때 가장 느린 프리필(pre-filling) 단계를 희소 어텐션으로 빠르게 만듭니다.")
            .section(
                "Technical Details",
                "어텐션 헤드마다 세 가지 희소 패턴 중 하나를 미리 정해 두고, 추론 시점에 인덱스를 동적으로 계산합니다.")
            .section(
                "Performance Highlights",
                "단일 GPU에서 백만 토큰 프리필 지연 시간을 최대 10배 줄이면서 정확도는 유지합니다."));
  }

  /**
   * Era 3 uses three asterisks, but some papers mix in two-asterisk labels, and 2025-03-12 has the
   * malformed {@code ***Technical Details*:} followed by a stray {@code **} later in the line. No
   * markdown emphasis may survive into the text.
   */
  @Test
  void tripleAsteriskLabelsMixedAndMalformed() {
    String fixture = "era3-triple-asterisk/2025-03-12.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2025-03-12")
            .arxivV1("2503.07565", "Inductive Moment Matching")
            .hfThumbnail()
            .votes(1)
            .authors("Vera Albu", "Jonah Whitfield")
            .section("What's New", "몇 단계의 샘플링만으로 좋은 이미지를 만드는 새로운 생성 모델 계열을 제안합니다.")
            .section(
                "Technical Details",
                "확률적 보간 위에서 분포의 모멘트를 맞추도록 한 번의 학습 단계로 훈련합니다.: 3.1 안정성 분석")
            .section("Performance Highlights", "여덟 단계 추론만으로 ImageNet 256x256에서 낮은 FID를 기록합니다."),
        at(file, 15, "2025-03-12")
            .arxivV1("2503.19786", "Gemma 3 Technical Report")
            .hfThumbnail()
            .votes(58)
            .authors("Lotte de Vries", "Mateus Carvalho")
            .section("What's New", "이미지 입력과 긴 문맥을 지원하는 경량 오픈 모델 제품군을 공개합니다.")
            .section("Technical Details", "로컬 어텐션과 글로벌 어텐션 층을 5대 1로 섞어 KV 캐시 메모리를 줄입니다.")
            .section("Performance Highlights", "같은 크기의 이전 세대 모델보다 수학과 다국어 과제에서 점수가 높습니다."),
        at(file, 27, "2025-03-12")
            .arxivV1("2503.20215", "Qwen2.5-Omni Technical Report")
            .hfThumbnail()
            .votes(9)
            .authors("Zhou Yiming", "Rahel Tesfaye")
            .section("What's New", "텍스트, 이미지, 음성, 영상을 한 모델에서 입력받고 말로 답할 수 있는 모델입니다.")
            .section("Technical Details", "생각하는 부분(Thinker)과 말하는 부분(Talker)을 나눈 구조를 씁니다.")
            .section("Performance Highlights", "음성 지시 따르기에서 텍스트 입력과 비슷한 성능을 냅니다."));
  }

  /** 2024-07-19 wrote {@code What’s New} with U+2019; the label is normalised to {@code '}. */
  @Test
  void curlyApostropheInLabel() {
    String fixture = "label-variants/2024-07-19.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-07-19")
            .arxivV1("2407.13764", "Shape of Motion: 4D Reconstruction from a Single Video")
            .hfThumbnail()
            .votes(14)
            .authors("Mariam Tadesse", "Oskar Nyberg")
            .section(Section.WHATS_NEW, "한 대의 카메라로 찍은 영상에서 움직이는 장면의 4차원 구조를 복원합니다.")
            .section(Section.TECHNICAL_DETAILS, "장면의 움직임을 소수의 SE(3) 기저 운동의 조합으로 표현합니다.")
            .section(
                Section.PERFORMANCE_HIGHLIGHTS, "장거리 3D 추적과 새로운 시점 합성에서 모두 기존 방법을 앞섭니다."));
  }

  /** Extra labelled bullets, Korean labels among them, become sections of their own, in order. */
  @Test
  void koreanAndExtraLabels() {
    String fixture = "label-variants/2024-08-07.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-08-07")
            .arxivV1("2408.03326", "LLaVA-OneVision: Easy Visual Task Transfer")
            .hfThumbnail()
            .votes(29)
            .authors("Camille Laurent", "Tenzin Dorje")
            .section("What's New", "단일 이미지, 여러 이미지, 영상을 하나의 모델로 다루는 공개 멀티모달 모델입니다.")
            .section("Technical Details", "모델은 세 부분으로 이루어집니다.")
            .section("비전 인코더 (Vision Encoder)", "입력 이미지를 패치 단위 특징으로 바꿉니다.")
            .section("프로젝터 (Projector)", "두 층짜리 MLP가 시각 특징을 언어 모델의 임베딩 공간으로 옮깁니다.")
            .section("Performance Highlights", "여러 벤치마크에서 비슷한 크기의 공개 모델보다 좋은 성적을 냅니다.")
            .section("Limitations", "아주 긴 영상에서는 프레임을 적게 뽑아야 해서 세부 정보가 빠질 수 있습니다.")
            .section("Conclusion", "하나의 모델로 여러 시각 과제를 옮겨 가며 학습하는 것이 효과적임을 보입니다."));
  }

  /** A paper may have only What's New, or lack Performance Highlights; nothing is made up. */
  @Test
  void missingSections() {
    String fixture = "label-variants/2024-10-02.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-10-02")
            .arxivV1("2409.19946", "Illustrious: an Open Advanced Illustration Model")
            .hfThumbnail()
            .votes(20)
            .authors("Kaito Hirano")
            .section("What's New", "애니메이션 풍 일러스트 생성에 특화된 텍스트-이미지 모델을 소개합니다."),
        at(file, 13, "2024-10-02")
            .arxivV1("2409.19951", "Law of the Weakest Link: Cross Capabilities of Large Language Models")
            .hfThumbnail()
            .votes(54)
            .authors("Selin Aydın", "Mateo Rossi")
            .section("What's New", "여러 능력을 함께 써야 하는 과제에서 언어 모델의 성능을 분석합니다.")
            .section("Technical Details", "일곱 가지 개별 능력과 그 조합으로 이루어진 평가 세트를 만듭니다."));
  }

  /**
   * Numbered lines ({@code 1. **Tokenizer**: ...}, {@code 1) ...}) and plain lines continue the
   * section above them, emphasis removed; a Python list literal as a body becomes one item a line.
   */
  @Test
  void linesInsideSections() {
    String fixture = "section-bodies/2024-08-15.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-08-15")
            .arxivV1("2408.07410", "Aquila2 Technical Report")
            .hfThumbnail()
            .votes(5)
            .authors("Wen Qiaolan", "Hamid Rostami")
            .section("What's New", "이중 언어 대형 언어 모델 시리즈와 학습 관리 도구를 함께 공개합니다.")
            .section(
                "Technical Details",
                "모델의 주요 구성은 아래와 같습니다.",
                "1. Tokenizer: 10만 개 어휘의 BPE 토크나이저를 씁니다.",
                "2. Position Embedding: 회전 위치 임베딩(RoPE)을 사용합니다.")
            .section("Performance Highlights", "34B 모델이 여러 평가에서 비슷한 크기의 모델을 앞섭니다."),
        at(file, 17, "2024-08-15")
            .arxivV1(
                "2407.10973",
                "Make-An-Agent: A Generalizable Policy Network Generator with Behavior-Prompted Diffusion")
            .hfThumbnail()
            .votes(7)
            .authors("Esther Mbeki", "Lucas Ferrand")
            .section("What's New", "행동 예시 하나로 정책 네트워크의 파라미터를 직접 생성합니다.")
            .section(
                "Technical Details",
                "방법은 세 단계로 진행됩니다:",
                "1) 정책 파라미터를 오토인코더로 작은 잠재 벡터에 압축합니다.",
                "2) 궤적과 성공 여부를 대조 학습으로 행동 임베딩에 담습니다.",
                "3) 확산 모델이 행동 임베딩을 조건으로 잠재 벡터를 생성합니다.")
            .section("Performance Highlights", "처음 보는 과제에서도 쓸 만한 정책을 만들어 냅니다."),
        at(file, 32, "2024-08-15")
            .arxiv("2405.06394", "Memory Mosaics")
            .hfThumbnail()
            .votes(6)
            .authors("Pim Janssen")
            .section("What's New", "연상 기억 장치 여러 개를 엮어 예측 과제를 푸는 구조를 제안합니다.")
            .section(
                "Technical Details",
                "오차는 메모리 크기에 대해 거듭제곱 법칙을 따르도록 맞춥니다.",
                "err = c * size^(-k), 여기서 c와 k는 데이터셋마다 따로 추정합니다.")
            .section(
                "Performance Highlights",
                "작은 언어 모델링 과제에서 트랜스포머와 비슷한 성능을 냅니다.",
                "각 기억 장치가 맡는 역할을 'head' 단위로 해석할 수 있습니다."));
  }
}
