package dev.papersearch.eval;

import java.io.Closeable;
import java.util.List;

/** A search system under evaluation: it has indexed a document set and ranks ids for a query. */
public interface RankingSystem extends Closeable {

  /** The top {@code k} document ids for {@code query}, best first. */
  List<String> rank(String query, int k);
}
