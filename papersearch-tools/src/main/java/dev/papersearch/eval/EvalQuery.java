package dev.papersearch.eval;

import java.util.Set;

/** One evaluation query: an id, a kind to group figures by, the text as typed, the relevant ids. */
public record EvalQuery(String qid, String kind, String text, Set<String> relevant) {

  public EvalQuery {
    relevant = Set.copyOf(relevant);
  }
}
