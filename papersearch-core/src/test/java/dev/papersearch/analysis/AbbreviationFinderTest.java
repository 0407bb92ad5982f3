package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.papersearch.analysis.AbbreviationFinder.Definition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Abbreviation definitions found in sentences written like the summaries and titles. */
class AbbreviationFinderTest {

  private static List<Definition> in(String text) {
    return AbbreviationFinder.in(text);
  }

  @Test
  void wordsBeforeTheParenthesesDefineTheShortForm() {
    assertEquals(
        List.of(new Definition("3dgs", "3d gaussian splatting")),
        in("우리는 3D Gaussian Splatting (3DGS)을 확장합니다."));
    assertEquals(
        List.of(new Definition("3dgs", "3d gaussian splatting")),
        in("기존의 3D Gaussian Splatting(3DGS)은 느립니다."));
  }

  @Test
  void aGlossBesideTheShortFormDefinesIt() {
    assertEquals(
        List.of(new Definition("rag", "retrieval augmented generation")),
        in("검색 증강 생성(Retrieval-Augmented Generation, RAG)은 외부 문서를 씁니다."));
    assertEquals(
        List.of(new Definition("moe", "mixture of experts")),
        in("전문가 혼합(Mixture-of-Experts; MoE) 구조"));
  }

  @Test
  void theLongestRunOfWordsThatExplainsTheLettersWins() {
    // Policy Optimization also contains p, p, o in order; Proximal gives the first P.
    assertEquals(
        List.of(new Definition("ppo", "proximal policy optimization")),
        in("We tune with Proximal Policy Optimization (PPO) and more."));
    // "with" gives no letter, but words like it may be skipped inside a long form, not at its start.
    assertEquals(
        List.of(new Definition("rlhf", "reinforcement learning from human feedback")),
        in("trained with Reinforcement Learning from Human Feedback (RLHF)"));
  }

  @Test
  void aHyphenatedCompoundIsOneWord() {
    // multi-modal gives the M; split in two, "modal large language models" would pass instead.
    assertEquals(
        List.of(new Definition("mllms", "multi modal large language models")),
        in("Multi-modal Large Language Models (MLLMs)"));
    assertEquals(List.of(new Definition("dit", "diffusion transformer")), in("Diffusion Transformer (DiT)"));
  }

  @Test
  void parenthesesThatDefineNothingAreSkipped() {
    assertEquals(List.of(), in("as shown in Table (A1) and Figure (3)"), "not two capitals");
    assertEquals(List.of(), in("우리 모델(GPT-4)은"), "no English words before it");
    assertEquals(List.of(), in("a strong baseline model (LLaMA)"), "the letters do not fit the words");
    assertEquals(List.of(), in("Attention (ATT)"), "one word is not a long form");
  }

  @Test
  void repeatedLettersDoNotTakeExponentialTime() {
    String words = "a".repeat(30) + " aaaa".repeat(14);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2), () -> assertEquals(List.of(), in(words + " (AAAAAAAAAB)")));
  }
}
