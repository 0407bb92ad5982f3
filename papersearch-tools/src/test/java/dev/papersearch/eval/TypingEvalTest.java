package dev.papersearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The typing sets' figures over a stand-in search and suggester, worked out by hand. */
class TypingEvalTest {

  /** A search whose first page is the query's distinct characters, so inputs share hits as they share letters. */
  private static final RankingSystem LETTERS =
      new RankingSystem() {
        @Override
        public List<String> rank(String query, int k) {
          return query.chars().distinct().limit(k).mapToObj(c -> String.valueOf((char) c)).toList();
        }

        @Override
        public void close() {}
      };

  /** Suggests the term to any prefix of it. */
  private static final Suggester PREFIXES =
      (typed, k) -> "diffusion".startsWith(typed) ? List.of("gan", "Diffusion ") : List.of("gan");

  @Test
  void overlapIsTheShareOfTheTermsFirstPageTheInputFinds() {
    Map<String, TypingEval.Row> rows = TypingEval.rows(List.of("diffusion"), LETTERS, Optional.empty());
    // diffusion finds d i f u s o n; diff finds d i f, diffus d i f u s, diffusino all, 얄려냐ㅐㅜ none.
    assertEquals(List.of("en prefix-40", "en prefix-70", "en slip", "en wrong-mode"), List.copyOf(rows.keySet()));
    assertEquals(3 / 7.0, rows.get("en prefix-40").overlap(), 1e-9);
    assertEquals(5 / 7.0, rows.get("en prefix-70").overlap(), 1e-9);
    assertEquals(1.0, rows.get("en slip").overlap(), 1e-9);
    assertEquals(0.0, rows.get("en wrong-mode").overlap(), 1e-9);
    assertEquals(OptionalDouble.empty(), rows.get("en slip").hit5());
  }

  @Test
  void hitAtFiveIsTheShareOfInputsWhoseTermIsSuggested() {
    Map<String, TypingEval.Row> rows = TypingEval.rows(List.of("diffusion"), LETTERS, Optional.of(PREFIXES));
    assertEquals(OptionalDouble.of(1), rows.get("en prefix-40").hit5());
    assertEquals(OptionalDouble.of(0), rows.get("en slip").hit5());
  }

  @Test
  void theTableSaysNaWithoutASuggester() {
    Map<String, TypingEval.Row> dev = TypingEval.rows(List.of("diffusion", "트랜스포머"), LETTERS, Optional.empty());
    String table = TypingEval.table(new TypingEval.Result(2, dev, 0, Map.of()));
    assertTrue(table.contains("| ko choseong | 1 | 0.000 | n/a | 0 | – | – |"), table);
    assertTrue(table.contains("| en prefix-70 | 1 | 0.714 | n/a |"), table);
  }
}
