package dev.papersearch.eval;

import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The typing sets (issue #22, search as people type): each {@link TypingTerms term} typed short of its
 * whole in every {@link TypingKind}, searched on the shipped system, and compared with the term's own
 * first page: overlap@10 = |top 10 of the input ∩ top 10 of the term| / |top 10 of the term|, averaged
 * per kind and script; and hit@5: the term among the first five suggestions of a {@link Suggester}, the
 * shipped one ({@code GET /api/suggest}) when run on a corpus.
 */
public final class TypingEval {

  static final int SUGGESTIONS = 5;

  /**
   * One kind of input for one script's terms.
   *
   * @param inputs how many inputs were searched (terms whose own search finds nothing are left out)
   * @param overlap mean overlap@10
   * @param hit5 share of the inputs whose term was among the first five suggestions; empty without a
   *     suggester
   */
  public record Row(int inputs, double overlap, OptionalDouble hit5) {}

  /** The rows of the dev and held-out terms, keyed by script and kind ({@code ko prefix-40}). */
  public record Result(int devTerms, Map<String, Row> dev, int heldOutTerms, Map<String, Row> heldOut) {}

  private TypingEval() {}

  /** Indexes {@code papers} into the shipped system and runs the typing sets of them, with its suggestions. */
  public static Result run(List<Paper> papers) {
    TypingTerms terms = TypingTerms.of(papers);
    try (ShippedSystem shipped = new ShippedSystem(papers, KoreanOptions.SHIPPED)) {
      Optional<Suggester> suggester = Optional.of(shipped::suggest);
      return new Result(
          terms.dev().size(), rows(terms.dev(), shipped, suggester),
          terms.heldOut().size(), rows(terms.heldOut(), shipped, suggester));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of {@code terms}: Korean kinds first, then English, each in {@link TypingKind} order. */
  static Map<String, Row> rows(List<String> terms, RankingSystem system, Optional<Suggester> suggester) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (boolean korean : new boolean[] {true, false}) {
      for (TypingKind kind : TypingKind.values()) {
        tallies.put((korean ? "ko " : "en ") + kind.label(), new Tally());
      }
    }
    for (String term : terms) {
      List<String> whole = system.rank(term, Metrics.CUTOFF);
      if (whole.isEmpty()) {
        continue;
      }
      String script = TypingKind.isKorean(term) ? "ko " : "en ";
      for (TypingInput input : TypingInput.of(term)) {
        Set<String> found = new HashSet<>(system.rank(input.typed(), Metrics.CUTOFF));
        double overlap = whole.stream().filter(found::contains).count() / (double) whole.size();
        boolean hit = suggester.map(s -> suggests(s, input.typed(), term)).orElse(false);
        tallies.get(script + input.kind()).add(overlap, hit);
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    tallies.forEach(
        (label, t) -> {
          if (t.inputs > 0) {
            rows.put(label, t.row(suggester.isPresent()));
          }
        });
    return rows;
  }

  /** The rows as a markdown table, dev beside held-out; hit@5 is n/a without a suggester. */
  public static String table(Result result) {
    StringBuilder out = new StringBuilder();
    out.append("| input | dev inputs | dev overlap@10 | dev hit@5 | held-out inputs | held-out overlap@10 | held-out hit@5 |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    List<String> labels = new ArrayList<>(result.dev().keySet());
    result.heldOut().keySet().stream().filter(l -> !labels.contains(l)).forEach(labels::add);
    for (String label : labels) {
      out.append("| ").append(label).append(" | ");
      out.append(cells(result.dev().get(label))).append(" | ").append(cells(result.heldOut().get(label))).append(" |\n");
    }
    out.append('\n')
        .append(result.devTerms()).append(" dev terms, ")
        .append(result.heldOutTerms()).append(" held-out terms, drawn from the corpus.\n");
    return out.toString();
  }

  private static String cells(Row row) {
    if (row == null) {
      return "0 | – | –";
    }
    String hit = row.hit5().isPresent() ? String.format("%.3f", row.hit5().getAsDouble()) : "n/a";
    return String.format("%d | %.3f | %s", row.inputs(), row.overlap(), hit);
  }

  private static boolean suggests(Suggester suggester, String typed, String term) {
    return suggester.suggest(typed, SUGGESTIONS).stream().limit(SUGGESTIONS).anyMatch(s -> s.strip().equalsIgnoreCase(term));
  }

  /** Sums of one row. */
  private static final class Tally {
    private int inputs;
    private double overlap;
    private int hits;

    void add(double overlap, boolean hit) {
      inputs++;
      this.overlap += overlap;
      hits += hit ? 1 : 0;
    }

    Row row(boolean suggested) {
      OptionalDouble hit5 = suggested ? OptionalDouble.of(hits / (double) inputs) : OptionalDouble.empty();
      return new Row(inputs, overlap / inputs, hit5);
    }
  }
}
