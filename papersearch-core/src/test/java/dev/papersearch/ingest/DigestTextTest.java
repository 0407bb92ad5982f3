package dev.papersearch.ingest;

import static dev.papersearch.ingest.ExpectedPaper.assertPapers;
import static dev.papersearch.ingest.ExpectedPaper.at;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the text itself may contain: mangled LaTeX, odd spaces, English, markup in titles. */
class DigestTextTest {

  /**
   * JSON-decoding the model's output turned {@code \b}, {@code \f} and {@code \t} of LaTeX
   * commands into U+0008, U+000C and TAB. They are turned back into the backslash sequences; a TAB
   * that is not the start of a command, and a no-break space, become plain spaces.
   */
  @Test
  void controlCharactersFromDecodedLatexAndNoBreakSpace() {
    String fixture = "control-characters/2024-08-08.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-08-08")
            .arxiv("2407.13696", "BenchBench: Benchmarking the Benchmarks")
            .hfThumbnail()
            .votes(4)
            .authors("Noor Haddad", "Viktor Petrov")
            .section("What's New", "벤치마크끼리의 일치도를 재는 파이썬 패키지 \\benchbench를 소개합니다.")
            .section("Technical Details", "새 프레임워크 \\framework는 여러 기준 벤치마크와의 순위 상관을 평균냅니다.")
            .section(
                "Performance Highlights",
                "조기 종료 기법(\\textit{ES-R})은 비용을 줄이면서 정확도를 지키고, 오차는 3% 줄었습니다."));
  }

  @Test
  void englishOnlySummary() {
    String fixture = "english-summary/2024-10-08.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-10-08")
            .arxivV1(
                "2410.02884",
                "LLaMA-Berry: Pairwise Optimization for O1-like Olympiad-Level Mathematical Reasoning")
            .hfThumbnail()
            .votes(49)
            .authors("Ravi Subramanian", "Elena Marković")
            .section(
                "What's New",
                "The paper combines tree search with self-refinement so that a small model can work"
                    + " through olympiad-style math problems.")
            .section(
                "Technical Details",
                "Candidate solutions are ranked by a pairwise preference reward model instead of"
                    + " absolute scores.")
            .section(
                "Performance Highlights",
                "An 8B model gets clearly better results on hard math benchmarks without extra"
                    + " training."));
  }

  /**
   * Titles keep their LaTeX and markdown characters exactly; a {@code huggingface.co/papers/<id>}
   * link yields the arXiv id and keeps its own URL.
   */
  @Test
  void titlesWithLatexAndMarkdownCharacters() {
    String fixture = "titles/2024-06-17.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-06-17")
            .arxivV1(
                "2406.14347",
                "$\\nabla^2$DFT: A Universal Quantum Chemistry Dataset of Drug-Like Molecules and a"
                    + " Benchmark for Neural Network Potentials")
            .hfThumbnail()
            .votes(98)
            .authors("Anouk Visser")
            .section("What's New", "약물 후보 분자의 양자화학 계산 결과를 모은 대규모 데이터셋입니다."),
        at(file, 13, "2024-06-17")
            .link(
                "2402.14083",
                "https://huggingface.co/papers/2402.14083",
                "Beyond A*: Better Planning with Transformers via Search Dynamics Bootstrapping")
            .hfThumbnail()
            .votes(47)
            .authors("Ji-ho Shin")
            .section("What's New", "A* 탐색 과정을 흉내 내도록 트랜스포머를 학습시킨 뒤 더 짧은 탐색을 찾도록 다듬습니다."),
        at(file, 23, "2024-06-17")
            .arxivV1(
                "2311.11255",
                "M$^{2}$UGen: Multi-modal Music Understanding and Generation with the Power of Large"
                    + " Language Models")
            .hfThumbnail()
            .votes(3)
            .authors("Farida Nasser")
            .section("What's New", "음악을 이해하고 이미지나 영상에서 음악을 만들어 내는 멀티모달 모델입니다."),
        at(file, 33, "2024-06-17")
            .arxivV1("2312.09241", "TinyGSM: achieving >80% on GSM8k with small language models")
            .hfThumbnail()
            .votes(21)
            .authors("Gustavo Pereira")
            .section("What's New", "합성한 초등 수학 문제로 작은 모델을 학습시켜 GSM8k에서 높은 정확도를 얻습니다."));
  }

  /**
   * A second run of the upstream job appended a second {@code ## Daily Papers} heading; the papers
   * under both belong to the day, and the heading ends the block above it.
   */
  @Test
  void twoDayHeadingsInOneFile() {
    String fixture = "two-headings/2024-10-18.md";
    Path file = Fixtures.path(fixture);
    assertPapers(
        Fixtures.papers(fixture),
        at(file, 3, "2024-10-18")
            .arxivV1("2410.11758", "Latent Action Pretraining from Videos")
            .hfThumbnail()
            .votes(2)
            .authors("Hye-won Baek", "Samuel Adeyemi")
            .section("What's New", "행동 라벨이 없는 인터넷 영상에서 로봇 정책을 미리 학습하는 방법입니다.")
            .section("Technical Details", "연속된 프레임 사이의 변화를 이산 잠재 행동으로 양자화합니다.")
            .section("Performance Highlights", "실제 행동 라벨로 학습한 모델에 가까운 조작 성능을 보입니다."),
        at(file, 17, "2024-10-18")
            .arxivV1("2410.13852", "Retrospective Learning from Interactions")
            .hfThumbnail()
            .votes(8)
            .authors("Talia Rosenberg")
            .section("What's New", "사용자와 나눈 대화에 남은 암묵적 신호로 모델을 계속 개선합니다.")
            .section("Technical Details", "다음 발화에 드러난 만족이나 불만을 보상으로 해석합니다.")
            .section("Performance Highlights", "여러 차례 배포를 거치며 과제 성공률이 꾸준히 올라갑니다."));
  }
}
