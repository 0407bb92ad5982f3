package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mining Korean–English pairs from glossed text, with sentences written for the test. */
class GlossaryMinerTest {

  private static Glossary mine(String... texts) {
    GlossaryMiner miner = new GlossaryMiner();
    for (String text : texts) {
      miner.add(text);
    }
    return miner.glossary();
  }

  @Test
  void extendsTheKoreanSideWhileItStaysConsistent() {
    Glossary g =
        mine(
            "새로운 대형 언어 모델(LLM)을 제안한다.",
            "여러 대형 언어 모델(LLMs, 예: GPT)을 비교한다.",
            "작은 대형 언어 모델(LLM)도 있다.",
            "우리의 검색 증강 생성(Retrieval-Augmented Generation, RAG)은 빠르다.",
            "기존 검색 증강 생성(Retrieval-Augmented Generation)과 달리",
            "간단한 검색 증강 생성(retrieval-augmented generation) 방법");
    assertEquals(
        List.of(
            new Glossary.Entry("증강", "augmented", 3),
            new Glossary.Entry("생성", "generation", 3),
            new Glossary.Entry("검색", "retrieval", 3),
            new Glossary.Entry("검색 증강 생성", "retrieval-augmented generation", 3)),
        g.entries());
  }

  @Test
  void pairsTheWordsOfLongerGlossesInOrder() {
    Glossary g =
        mine(
            "더 높은 초과 손실(excess loss)을 가진 토큰",
            "초과 손실(Excess Loss)",
            "초과 손실(excess loss)이 큰",
            "검증 손실(validation loss)",
            "손실(loss) 함수",
            "손실(loss)",
            "손실(loss)");
    // loss has glosses of its own; excess only stands beside 초과; validation is seen once.
    assertEquals(
        List.of(
            new Glossary.Entry("초과", "excess", 3),
            new Glossary.Entry("초과 손실", "excess loss", 3),
            new Glossary.Entry("손실", "loss", 3)),
        g.entries());
  }

  @Test
  void rarePairsAreDropped() {
    assertEquals(List.of(), mine("잔차 연결(residual connection)", "잔차 연결(residual connection)").entries());
  }

  @Test
  void competingLongerFormsStopTheExtension() {
    Glossary g =
        mine(
            "대형 언어 모델(LLM)", "대규모 언어 모델(LLM)", "대형 언어 모델(LLM)", "대규모 언어 모델(LLM)",
            "큰 언어 모델(LLM)", "거대 언어 모델(LLM)");
    assertEquals(List.of(new Glossary.Entry("언어 모델", "llm", 6)), g.entries());
  }

  @Test
  void hyphenatedKoreanTermsStayWhole() {
    Glossary g = mine("비전-언어 모델(VLM)", "비전-언어 모델(VLM)을", "그 비전-언어 모델(VLM)");
    assertEquals(List.of(new Glossary.Entry("비전-언어 모델", "vlm", 3)), g.entries());
  }

  @Test
  void countsThePapersUsingEachEnglishWord() {
    GlossaryMiner miner = new GlossaryMiner();
    miner.addPaper("Mamba Meets Attention", "Mamba 층과 어텐션(attention) 층을 섞습니다. Mamba는 빠릅니다.");
    miner.addPaper("Attention Sinks", "주의 집중(attention sink)을 다룹니다. GPT-4o 와 비교.");
    assertEquals(
        List.of(new Glossary.Word("attention", 2), new Glossary.Word("gpt", 1), new Glossary.Word("mamba", 1),
            new Glossary.Word("meets", 1),
            new Glossary.Word("sink", 1), new Glossary.Word("sinks", 1)),
        miner.glossary().words());
    // Only Hangul words that sound like one of the English words are kept, particles taken off.
    assertEquals(List.of(new Glossary.Word("어텐션", 1)), miner.glossary().hangulWords());
  }

  @Test
  void abbreviationsDefinedInEnoughPapersAreKept() {
    GlossaryMiner miner = new GlossaryMiner();
    miner.addPaper("Mixture of Experts (MoE) at Scale", "전문가 혼합(Mixture-of-Experts, MoE)을 키웁니다.");
    miner.addPaper("Sparse Routing", "Mixture of Experts (MoE) 라우팅을 다룹니다.");
    miner.addPaper("Expert Pruning", "MoE 모델에서 전문가를 지웁니다.");
    miner.addPaper("Cheap Experts", "Mixture-of-Experts (MoE)의 비용을 줄입니다.");
    miner.addPaper("Proximal Policy Optimization (PPO) Revisited", "PPO를 다시 봅니다.");
    for (int i = 0; i < 40; i++) {
      miner.addPaper("Other Paper " + i, "관련 없는 요약입니다.");
    }
    // MoE is defined in three papers (once each, though the first defines it twice); PPO in one.
    assertEquals(List.of(new Glossary.Abbreviation("moe", "mixture of experts", 3)), miner.glossary().abbreviations());
  }

  @Test
  void anAbbreviationInMostPapersIsNotExpanded() {
    GlossaryMiner miner = new GlossaryMiner();
    for (int i = 0; i < 5; i++) {
      miner.addPaper("Paper " + i, "Large Language Models (LLMs)를 평가합니다.");
    }
    assertEquals(List.of(), miner.glossary().abbreviations(), "every paper writes llms");
  }

  @Test
  void twoLetterAndDigitShortFormsAreCountedForTheShareToo() {
    GlossaryMiner miner = new GlossaryMiner();
    for (int i = 0; i < 4; i++) {
      miner.addPaper("Paper " + i, "Reinforcement Learning (RL)로 3D Gaussian Splatting (3DGS)을 다룹니다.");
    }
    for (int i = 0; i < 6; i++) {
      miner.addPaper("More " + i, "RL 보상과 3DGS 장면, 3D-GS를 씁니다.");
    }
    assertEquals(List.of(), miner.glossary().abbreviations(), "rl and 3dgs are in every paper");
    for (int i = 0; i < 100; i++) {
      miner.addPaper("Other " + i, "관련 없는 요약입니다.");
    }
    assertEquals(
        List.of("3dgs", "rl"),
        miner.glossary().abbreviations().stream().map(Glossary.Abbreviation::shortForm).sorted().toList(),
        "in 10 of 110 papers");
  }

  @Test
  void wordsSurviveTheFileBesideThePairs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Glossary g =
        new Glossary(
            List.of(new Glossary.Entry("잔차 연결", "residual connection", 4)),
            List.of(new Glossary.Word("mamba", 3)),
            List.of(new Glossary.Word("맘바", 1)),
            List.of(new Glossary.Abbreviation("3dgs", "3d gaussian splatting", 34)),
            List.of(new Glossary.SoundPair("비전", "vision", 245)));
    g.write(dir.resolve("glossary.tsv"));
    assertEquals(g, Glossary.read(dir.resolve("glossary.tsv")));
  }

  @Test
  void aSinoKoreanLookingWordIsPairedWithTheEnglishItIsWrittenBeside() {
    GlossaryMiner miner = new GlossaryMiner();
    for (int i = 0; i < 5; i++) {
      miner.addPaper("Vision Models " + i, "새로운 비전 모델을 제안합니다.");
      miner.addPaper("Attention Analysis " + i, "학습 원리를 분석합니다.");
      miner.addPaper("Only Attention " + i, "주의만 봅니다.");
    }
    // One paper writes 원리 beside "only", as chance would now and then.
    miner.addPaper("Only Attention", "학습 원리를 분석합니다.");
    for (int i = 0; i < 40; i++) {
      miner.addPaper("Other " + i, "관련 없는 요약입니다.");
    }
    Glossary g = miner.glossary();
    assertTrue(g.hangulWords().stream().anyMatch(w -> w.text().equals("원리")), "원리 sounds like only");
    assertEquals(List.of(new Glossary.SoundPair("비전", "vision", 5)), g.soundPairs());
  }

  @Test
  void chanceOfAtLeastKEvents() {
    assertEquals(1.0, GlossaryMiner.atLeastByChance(0, 3.0), 1e-12);
    assertEquals(1 - Math.exp(-0.5), GlossaryMiner.atLeastByChance(1, 0.5), 1e-12);
    assertEquals(1 - Math.exp(-2) * (1 + 2), GlossaryMiner.atLeastByChance(2, 2.0), 1e-12);
  }
}
