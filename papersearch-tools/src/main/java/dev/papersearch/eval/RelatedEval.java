package dev.papersearch.eval;

import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Related papers (issue #24), judged on hand-made pairs ({@code config/eval/related-pairs.tsv}): a
 * paper and one a reader of it would want next. hit@5 is the share of pairs whose related paper is
 * among the first five the shipped system relates to the paper ({@code GET /api/papers/{id}/related});
 * the rows whose id starts {@code r-h} are held out.
 */
public final class RelatedEval {

  static final int CUTOFF = 5;

  /** One hand-made pair: a paper and the papers (one or two) related to it. */
  record Pair(String pid, String paper, Set<String> related) {
    boolean heldOut() {
      return pid.startsWith("r-h");
    }
  }

  /** hit@5 of some pairs, and the pids of those missed. */
  public record Row(int pairs, double hit5, List<String> missed) {}

  public record Result(Row dev, Row heldOut) {}

  private RelatedEval() {}

  /** Indexes {@code papers} into the shipped system and judges its related papers on {@code pairs}. */
  public static Result run(List<Paper> papers, Path pairs) {
    List<Pair> all = read(pairs);
    try (ShippedSystem shipped = new ShippedSystem(papers, KoreanOptions.SHIPPED)) {
      return new Result(
          row(all.stream().filter(p -> !p.heldOut()).toList(), shipped),
          row(all.stream().filter(Pair::heldOut).toList(), shipped));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Row row(List<Pair> pairs, ShippedSystem shipped) {
    List<String> missed = new ArrayList<>();
    for (Pair pair : pairs) {
      List<String> found = shipped.related(pair.paper(), CUTOFF);
      if (found.stream().noneMatch(pair.related()::contains)) {
        missed.add(pair.pid());
      }
    }
    return new Row(pairs.size(), pairs.isEmpty() ? 0 : 1 - missed.size() / (double) pairs.size(), missed);
  }

  /** The pairs of a TSV file with the header {@code pid paper related why}. */
  static List<Pair> read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<Pair> out = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        String[] cols = lines.get(i).split("\t");
        if (cols.length < 3) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected pid, paper, related, why");
        }
        out.add(new Pair(cols[0], cols[1].strip(), Set.of(cols[2].strip().split("\\s*,\\s*"))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The result as a markdown table. */
  public static String table(Result result) {
    return "| pairs | count | related hit@5 | missed |\n|---|---|---|---|\n"
        + line("dev", result.dev()) + line("held-out", result.heldOut());
  }

  private static String line(String name, Row row) {
    return String.format("| %s | %d | %.3f | %s |%n", name, row.pairs(), row.hit5(), String.join(", ", row.missed()));
  }
}
