package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mining the lexicon of title words and the summaries' Korean words for them, on papers written for
 * the test: 40 papers of five topics, each topic's titles saying one English word and its summaries
 * the Korean one, every summary also saying the words every paper uses.
 */
class TranslationMinerTest {

  /** A topic: its title word, its summary word, and how many papers write them. */
  private record Topic(String english, String korean, int papers) {}

  private static final List<Topic> TOPICS =
      List.of(
          new Topic("Forgetting", "망각", 8),
          new Topic("Hallucination", "환각", 8),
          new Topic("Quantization", "양자화", 8),
          new Topic("Watermarking", "워터마크", 8),
          new Topic("Rare", "희귀", 2));

  /** Papers of the topics, then papers of none, so that no word is in every paper. */
  private static List<String[]> papers() {
    List<String[]> out = new ArrayList<>();
    for (Topic t : TOPICS) {
      for (int i = 0; i < t.papers(); i++) {
        out.add(new String[] {t.english() + " in Language Models " + i, "이 논문은 언어 모델의 " + t.korean() + " 문제를 다룬다. 성능이 향상된다."});
      }
    }
    for (int i = 0; i < 30; i++) {
      out.add(new String[] {"Benchmark Number " + i, "새로운 벤치마크 데이터셋을 소개한다. 실험 결과를 보고한다."});
    }
    return out;
  }

  private static TranslationMiner minerOf(List<String[]> papers) {
    TranslationMiner miner = new TranslationMiner();
    papers.forEach(p -> miner.addPaper(p[0], p[1]));
    return miner;
  }

  @Test
  void pairsATitleWordWithTheKoreanWordItsSummariesWrite() {
    List<Glossary.Translation> mined = minerOf(papers()).translations();
    // Each topic's two words share all of their 8 papers: confidence 1. Words of every topic's papers
    // (language, model, 언어, 모델, 문제) are in more than MAX_SHARE of them, or in the papers of every
    // topic, so no topic's word pairs with them; the rare topic's 2 papers are below MIN_PAPERS.
    assertEquals(
        List.of(
            new Glossary.Translation("망각", "forgetting", 8, 1.0),
            new Glossary.Translation("환각", "hallucination", 8, 1.0),
            new Glossary.Translation("양자화", "quantization", 8, 1.0),
            new Glossary.Translation("워터마크", "watermarking", 8, 1.0)),
        mined);
  }

  @Test
  void countingInPartsFindsWhatCountingWholeFinds() {
    List<String[]> papers = papers();
    TranslationMiner whole = minerOf(papers);
    TranslationMiner first = minerOf(papers.subList(0, 17));
    first.addAll(minerOf(papers.subList(17, papers.size())));
    assertEquals(whole.translations(), first.translations());
  }

  @Test
  void aSmallCorpusPairsNothingByChance() {
    // Three papers of 60 where each word is in three: chance puts them together once in two thousand,
    // which the millions of pairs tested would find often; in 5,000 papers, never.
    List<String[]> papers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      papers.add(new String[] {"Adapters Served " + i, "어댑터 서빙 시스템 " + i});
    }
    for (int i = 0; i < 57; i++) {
      papers.add(new String[] {"Benchmark Number " + i, "새로운 벤치마크 데이터셋 " + i});
    }
    assertEquals(List.of(), minerOf(papers).translations());
    assertTrue(TranslationMiner.chanceOfAtLeast(3, 3.0 * 3 / 60) > TranslationMiner.CHANCE);
    assertTrue(TranslationMiner.chanceOfAtLeast(3, 10.0 * 11 / 5487) < TranslationMiner.CHANCE, "forget and 망각");
  }

  @Test
  void pairsTheWordsOfGlossesTwoPapersAgreeOn() {
    List<String[]> papers =
        List.of(
            new String[] {"Continual Tuning", "재앙적 망각(catastrophic forgetting)을 줄인다."},
            new String[] {"Model Editing", "편집 후 모델의 망각(Forgetting) 현상을 분석한다."},
            new String[] {"Adversarial Attacks", "모델의 강건성(robustness)을 평가한다."},
            new String[] {"Certified Defenses", "적대적 공격에 대한 강건성(Robustness, 견고함)을 보장한다."},
            new String[] {"Scaling Laws", "대규모 언어 모델(LLM)의 확장 법칙을 다룬다."},
            new String[] {"Agents", "대규모 언어 모델(LLM) 에이전트를 다룬다."},
            new String[] {"Rare Words", "희귀어 학습(rare word learning)을 다룬다."});
    // forgetting and robustness are glossed in two papers each, always beside 망각 and 강건성 (which
    // Nori reads as 강건, the index's word): Dice 1.
    // catastrophic and 재앙 share one paper, rare words one; LLM is an abbreviation, which the
    // glossary pairs whole, so 언어 and 모델 pair with no word of it.
    assertEquals(
        List.of(
            new Glossary.Translation("망각", "forgetting", 2, 1.0),
            new Glossary.Translation("강건", "robustness", 2, 1.0)),
        minerOf(papers).translations());
  }

  @Test
  void theChanceOfSharingPapersIsThePoissonTailEvenWhereManyAreExpected() {
    assertEquals(GlossaryMiner.atLeastByChance(3, 0.5), TranslationMiner.chanceOfAtLeast(3, 0.5), 1e-12);
    assertEquals(GlossaryMiner.atLeastByChance(12, 4.0), TranslationMiner.chanceOfAtLeast(12, 4.0), 1e-12);
    // Two words of 5,000 papers each in 55,000: 454 expected; sharing 1,000 is no chance, 460 is.
    assertTrue(TranslationMiner.chanceOfAtLeast(1000, 454.5) < 1e-100);
    assertTrue(TranslationMiner.chanceOfAtLeast(460, 454.5) > 0.3);
    assertEquals(1.0, TranslationMiner.chanceOfAtLeast(400, 454.5));
    // exp(-800) is 0 in doubles, yet 1,200 of 800 expected is still far from chance
    assertTrue(TranslationMiner.chanceOfAtLeast(1200, 800) < 1e-30);
  }

  @Test
  void theLogLikelihoodRatioIsNegativeBelowChance() {
    assertTrue(TranslationMiner.g2(0, 30, 30, 70) < 0, "fewer shared than chance");
    assertTrue(TranslationMiner.g2(8, 8, 8, 70) > TranslationMiner.g2(4, 8, 8, 70), "more shared, stronger");
  }

  @Test
  void translationsSurviveTheGlossaryFile(@TempDir Path dir) {
    GlossaryMiner miner = new GlossaryMiner();
    papers().forEach(p -> miner.addPaper(p[0], p[1]));
    Glossary mined = miner.glossary();
    assertEquals(4, mined.translations().size());
    Path file = dir.resolve("glossary.tsv");
    mined.write(file);
    assertEquals(mined, Glossary.read(file));
  }
}
