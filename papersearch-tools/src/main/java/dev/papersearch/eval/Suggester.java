package dev.papersearch.eval;

import java.util.List;

/**
 * What a search box offers under the words typed so far, as the typing sets measure it (hit@5: the
 * intended term among the first five); {@link TypingEval#run} measures the shipped one, {@code GET
 * /api/suggest}.
 */
@FunctionalInterface
public interface Suggester {

  /** At most {@code k} suggested terms for {@code typed}, best first. */
  List<String> suggest(String typed, int k);
}
