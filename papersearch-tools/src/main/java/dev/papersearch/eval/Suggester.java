package dev.papersearch.eval;

import java.util.List;

/**
 * What a search box offers under the words typed so far, as the typing sets measure it (hit@5: the
 * intended term among the first five). None is shipped yet (issue #22); {@code eval --typing} says
 * n/a until one is passed to {@link TypingEval#run}.
 */
@FunctionalInterface
public interface Suggester {

  /** At most {@code k} suggested terms for {@code typed}, best first. */
  List<String> suggest(String typed, int k);
}
