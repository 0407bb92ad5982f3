package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A memo works a key out once per set of inputs (reader, builder), and again when any of them is new. */
class ReaderMemoTest {

  private final List<String> computed = new ArrayList<>();
  private ReaderMemo<String, String> memo = new ReaderMemo<>(ReaderMemo.MAX_KEYS);

  private String get(Object reader, Object builder, String key) {
    return memo.get(List.of(reader, builder), key, k -> {
      computed.add(k);
      return k.toUpperCase();
    });
  }

  @Test
  void aKeyIsWorkedOutOncePerReaderAndBuilder() {
    Object reader = new Object();
    Object builder = new Object();
    assertEquals("A", get(reader, builder, "a"));
    assertEquals("A", get(reader, builder, "a"));
    assertEquals("B", get(reader, builder, "b"));
    assertEquals(List.of("a", "b"), computed);
    get(new Object(), builder, "a"); // a commit: a new reader
    get(reader, new Object(), "a"); // a new glossary: a new builder
    assertEquals(List.of("a", "b", "a", "a"), computed);
  }

  @Test
  void aMemoOfNoKeysWorksEveryKeyOutAfresh() {
    memo = new ReaderMemo<>(0);
    Object reader = new Object();
    Object builder = new Object();
    get(reader, builder, "a");
    get(reader, builder, "a");
    assertEquals(List.of("a", "a"), computed);
  }

  @Test
  void aFullMemoStartsAfresh() {
    Object reader = new Object();
    Object builder = new Object();
    for (int i = 0; i < ReaderMemo.MAX_KEYS; i++) {
      get(reader, builder, "k" + i);
    }
    get(reader, builder, "k0");
    assertEquals(ReaderMemo.MAX_KEYS, computed.size(), "still held");
    get(reader, builder, "new");
    get(reader, builder, "k0");
    assertEquals(ReaderMemo.MAX_KEYS + 2, computed.size(), "dropped when full");
  }
}
