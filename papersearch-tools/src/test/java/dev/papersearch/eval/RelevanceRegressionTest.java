package dev.papersearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.support.RealCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the shipped configuration's relevance, as Anserini pins its regressions: a change that moves
 * these figures by more than {@link #TOLERANCE} fails the build and must update docs/relevance.md
 * with the reason. Figures from {@code papersearch eval}.
 */
class RelevanceRegressionTest {

  private static final double TOLERANCE = 0.006;

  private static Evaluation.SystemResult run(EvalSet set, String system) {
    return Evaluation.run(set, List.of(system), line -> {}).get(0);
  }

  /** The shipped system and Nori defaults on one query set. */
  private record Compared(Evaluation.SystemResult result, Metrics nori) {
    Metrics shipped() {
      return result.overall();
    }
  }

  /** The shipped system on a known-item query set, checked to stay well ahead of Nori defaults. */
  private static Compared shippedOn(String queries) {
    EvalSet set = DevSet.load(RealCorpus.days(), Path.of("config/eval", queries));
    Evaluation.SystemResult shipped = run(set, "papersearch");
    Evaluation.SystemResult nori = run(set, "nori-default");
    assertTrue(shipped.overall().mrr() > nori.overall().mrr() + 0.05, "ahead of Nori defaults on " + queries);
    return new Compared(shipped, nori.overall());
  }

  @Test
  void dailyPapersDevSet() {
    Compared dev = shippedOn("dailypapers-dev.tsv");
    assertEquals(0.893, dev.shipped().ndcg(), TOLERANCE, "nDCG@10");
    assertEquals(0.867, dev.shipped().mrr(), TOLERANCE, "MRR@10");
    assertEquals(0.973, dev.shipped().success10(), TOLERANCE, "Success@10");
    assertEquals(0.911, dev.result().byKind().get("variant").mrr(), 2 * TOLERANCE, "MRR@10 variant");
    // Issue 7's targets: Success@10 of at least 0.97, and at least half of Nori defaults' misses
    // (1 - MRR@10) removed.
    assertTrue(dev.shipped().success10() >= 0.97, () -> "Success@10 " + dev.shipped().success10());
    assertTrue(
        1 - dev.shipped().mrr() <= (1 - dev.nori().mrr()) / 2,
        () -> "misses " + (1 - dev.shipped().mrr()) + " vs Nori defaults' " + (1 - dev.nori().mrr()));
  }

  /** The 80 queries written by someone who had not seen the ranking code (config/eval/README.md). */
  @Test
  void heldOutSet() {
    Compared heldOut = shippedOn("dailypapers-holdout.tsv");
    assertEquals(0.915, heldOut.shipped().ndcg(), TOLERANCE, "nDCG@10");
    assertEquals(0.899, heldOut.shipped().mrr(), TOLERANCE, "MRR@10");
  }

  /** The 80 queries of the second blind set (config/eval/README.md). */
  @Test
  void blindSet() {
    Compared blind = shippedOn("dailypapers-blind2.tsv");
    assertEquals(0.902, blind.shipped().ndcg(), TOLERANCE, "nDCG@10");
    assertEquals(0.891, blind.shipped().mrr(), TOLERANCE, "MRR@10");
  }

  @Test
  void korQuadPassageRetrieval() {
    EvalSet korquad = KorQuad.load(Path.of(System.getProperty("papersearch.korquad", "../shared/korquad")).resolve("KorQuAD_v1.0_dev.json"));
    Evaluation.SystemResult shipped = run(korquad, "papersearch");
    assertEquals(0.9608, shipped.overall().ndcg(), TOLERANCE, "nDCG@10");
    assertEquals(0.950, shipped.overall().mrr(), TOLERANCE, "MRR@10");
  }
}
