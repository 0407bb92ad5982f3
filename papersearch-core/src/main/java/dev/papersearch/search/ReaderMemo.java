package dev.papersearch.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key for as long as a searcher works from the same inputs (the index
 * reader, the query builder, the vocabulary typed words are read against): what a query's text reads
 * as and builds to is the same for every date range, order and page of it (a reader paging, a page
 * changing months). Any new input (a commit, a new glossary, the vocabulary made after a commit, which
 * comes a moment after the reader) starts afresh; the oldest keys are not tracked, the whole memo is
 * dropped when a new key finds it full ({@link #MAX_KEYS} keys as a searcher makes it).
 */
public final class ReaderMemo<K, V> {

  /** About a megabyte of built queries; more distinct queries than this between commits rarely repeat. */
  public static final int MAX_KEYS = 2_048;

  /** The inputs, compared by identity, and what was worked out from them. */
  private record Generation<K, V>(List<Object> inputs, Map<K, V> values) {

    boolean isOf(List<Object> others) {
      return sameInputs(inputs, others);
    }
  }

  /** Whether two lists of inputs hold the same objects, in order. */
  static boolean sameInputs(List<Object> a, List<Object> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private volatile Generation<K, V> current;
  private final int maxKeys;

  /** A memo of at most {@code maxKeys} keys; of none, so that every value is worked out afresh, for 0. */
  public ReaderMemo(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /** The value of {@code key} worked out from {@code inputs}, by {@code compute} the first time. */
  public V get(List<Object> inputs, K key, Function<K, V> compute) {
    Generation<K, V> generation = current;
    if (generation == null || !generation.isOf(inputs)) {
      generation = startAfresh(inputs);
    }
    V value = generation.values().get(key);
    if (value == null) {
      value = compute.apply(key);
      if (maxKeys == 0) {
        return value;
      }
      if (generation.values().size() >= maxKeys) {
        generation = startAfresh(inputs);
      }
      generation.values().put(key, value);
    }
    return value;
  }

  private Generation<K, V> startAfresh(List<Object> inputs) {
    Generation<K, V> generation = new Generation<>(List.copyOf(inputs), new ConcurrentHashMap<>());
    current = generation;
    return generation;
  }
}
