package dev.papersearch.search;

import java.util.List;
import java.util.function.Supplier;

/**
 * A value made from inputs (compared by identity, as {@link ReaderMemo} compares them) and made again
 * when they change, by one thread while the others wait for it: what a searcher makes of its glossary
 * or its index reader (the query builder, the suggestions' lexicon) costs from a third of a second to
 * more than one, which searches arriving together during the warm-up or after a commit would
 * otherwise each pay on the same cores.
 */
public final class MadeOnce<V> {

  private record Made<V>(List<Object> inputs, V value) {}

  private volatile Made<V> made;

  /** The value made from {@code inputs}, by {@code make} when they are not those of the last one. */
  public V get(List<Object> inputs, Supplier<V> make) {
    Made<V> last = made;
    if (last != null && ReaderMemo.sameInputs(last.inputs(), inputs)) {
      return last.value();
    }
    synchronized (this) {
      last = made;
      if (last == null || !ReaderMemo.sameInputs(last.inputs(), inputs)) {
        last = new Made<>(List.copyOf(inputs), make.get());
        made = last;
      }
      return last.value();
    }
  }
}
