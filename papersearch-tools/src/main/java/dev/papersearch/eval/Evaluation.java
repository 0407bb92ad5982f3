package dev.papersearch.eval;

import dev.papersearch.search.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Runs every query of an {@link EvalSet} through several systems and averages the metrics. */
public final class Evaluation {

  /** One system's figures: overall and per query kind. */
  public record SystemResult(String system, Metrics overall, Map<String, Metrics> byKind, List<String> misses) {}

  private Evaluation() {}

  /** The baselines, the shipped system and its ablations, in table order. */
  public static List<String> defaultSystems() {
    List<String> all = new ArrayList<>(Systems.DEFAULT_ORDER);
    all.addAll(Systems.ABLATIONS);
    return all;
  }

  /** The name of the shipped system without {@code stages}, for {@link #run}. */
  public static String without(Set<Stage> stages) {
    return Systems.without(stages);
  }

  public static List<SystemResult> run(EvalSet set, List<String> systemNames, Consumer<String> log) {
    List<SystemResult> results = new ArrayList<>();
    for (String name : systemNames) {
      var factory =
          Systems.named(name)
              .orElseThrow(
                  () -> new IllegalArgumentException(
                      "unknown system '" + name + "'; known: " + Systems.DEFAULT_ORDER + ", " + Systems.ABLATIONS));
      long started = System.nanoTime();
      try (RankingSystem system = factory.apply(set.documents())) {
        List<Metrics> all = new ArrayList<>();
        Map<String, List<Metrics>> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (EvalQuery q : set.queries()) {
          Metrics m = Metrics.of(system.rank(q.text(), Metrics.CUTOFF), q.relevant());
          all.add(m);
          byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(m);
          if (m.mrr() < 1) {
            misses.add(q.qid() + " (rr " + String.format("%.2f", m.mrr()) + "): " + q.text());
          }
        }
        Map<String, Metrics> kinds = new LinkedHashMap<>();
        byKind.forEach((k, v) -> kinds.put(k, Metrics.mean(v)));
        results.add(new SystemResult(name, Metrics.mean(all), kinds, misses));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      log.accept(String.format("  %s: %s done in %.1f s", set.name(), name, (System.nanoTime() - started) / 1e9));
    }
    return results;
  }

  /** A markdown table: one row per system, overall then MRR@10 per kind. */
  public static String table(EvalSet set, List<SystemResult> results) {
    StringBuilder out = new StringBuilder();
    List<String> kinds = new ArrayList<>(results.get(0).byKind().keySet());
    out.append("| system | nDCG@10 | MRR@10 | Success@1 | Success@10 | Recall@10 |");
    boolean perKind = kinds.size() > 1;
    if (perKind) {
      kinds.forEach(k -> out.append(" MRR ").append(k).append(" |"));
    }
    out.append('\n').append("|---|---|---|---|---|---|");
    if (perKind) {
      kinds.forEach(k -> out.append("---|"));
    }
    out.append('\n');
    for (SystemResult r : results) {
      Metrics m = r.overall();
      out.append(String.format("| %s | %.3f | %.3f | %.3f | %.3f | %.3f |", r.system(), m.ndcg(), m.mrr(), m.success1(), m.success10(), m.recall10()));
      if (perKind) {
        kinds.forEach(k -> out.append(String.format(" %.3f |", r.byKind().get(k).mrr())));
      }
      out.append('\n');
    }
    out.append('\n').append(set.queries().size()).append(" queries over ").append(set.documents().size()).append(" documents");
    if (perKind) {
      out.append(" (");
      Map<String, Integer> counts = new TreeMap<>();
      set.queries().forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
      out.append(String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
      out.append(")");
    }
    out.append(".\n");
    return out.toString();
  }
}
