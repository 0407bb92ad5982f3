package dev.papersearch.eval;

import java.util.List;
import java.util.Set;

/**
 * Known-item and passage-retrieval metrics at a cut-off of 10, with binary relevance.
 *
 * @param ndcg nDCG@10
 * @param mrr reciprocal rank of the first relevant hit within 10, else 0
 * @param success1 1 when the first hit is relevant
 * @param success10 1 when any of the first 10 is relevant
 * @param recall10 share of the relevant ids found in the first 10
 */
public record Metrics(double ndcg, double mrr, double success1, double success10, double recall10) {

  public static final int CUTOFF = 10;
  public static final Metrics ZERO = new Metrics(0, 0, 0, 0, 0);

  /** The metrics of one ranked list. */
  public static Metrics of(List<String> ranked, Set<String> relevant) {
    double dcg = 0;
    double mrr = 0;
    int found = 0;
    for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        dcg += 1 / log2(i + 2);
        found++;
        if (mrr == 0) {
          mrr = 1.0 / (i + 1);
        }
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(CUTOFF, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    boolean first = !ranked.isEmpty() && relevant.contains(ranked.get(0));
    return new Metrics(
        ideal == 0 ? 0 : dcg / ideal,
        mrr,
        first ? 1 : 0,
        found > 0 ? 1 : 0,
        relevant.isEmpty() ? 0 : (double) found / relevant.size());
  }

  /** The mean of several metrics. */
  public static Metrics mean(List<Metrics> all) {
    if (all.isEmpty()) {
      return ZERO;
    }
    double n = all.size();
    return new Metrics(
        all.stream().mapToDouble(Metrics::ndcg).sum() / n,
        all.stream().mapToDouble(Metrics::mrr).sum() / n,
        all.stream().mapToDouble(Metrics::success1).sum() / n,
        all.stream().mapToDouble(Metrics::success10).sum() / n,
        all.stream().mapToDouble(Metrics::recall10).sum() / n);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
