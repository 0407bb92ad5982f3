package dev.papersearch.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key for as long as a searcher reads the same index reader with the same
 * query builder: what a query's text reads as and builds to is the same for every date range, order
 * and page of it (a reader paging, a page changing months), and depends on the index only through
 * the reader's words. A new reader or builder (a commit, a new glossary) starts afresh; the oldest
 * keys are not tracked, the whole memo is dropped when a new key finds it full ({@link #MAX_KEYS} keys
 * as a searcher makes it).
 */
final class ReaderMemo<K, V> {

  /** About a megabyte of built queries; more distinct queries than this between commits rarely repeat. */
  static final int MAX_KEYS = 2_048;

  private record Generation<K, V>(Object reader, Object builder, Map<K, V> values) {}

  private volatile Generation<K, V> current;
  private final int maxKeys;

  /** A memo of at most {@code maxKeys} keys; of none, so that every value is worked out afresh, for 0. */
  ReaderMemo(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /** The value of {@code key} for {@code reader} and {@code builder}, worked out by {@code compute} the first time. */
  V get(Object reader, Object builder, K key, Function<K, V> compute) {
    Generation<K, V> generation = current;
    if (generation == null || generation.reader() != reader || generation.builder() != builder) {
      generation = startAfresh(reader, builder);
    }
    V value = generation.values().get(key);
    if (value == null) {
      value = compute.apply(key);
      if (maxKeys == 0) {
        return value;
      }
      if (generation.values().size() >= maxKeys) {
        generation = startAfresh(reader, builder);
      }
      generation.values().put(key, value);
    }
    return value;
  }

  private Generation<K, V> startAfresh(Object reader, Object builder) {
    Generation<K, V> generation = new Generation<>(reader, builder, new ConcurrentHashMap<>());
    current = generation;
    return generation;
  }
}
