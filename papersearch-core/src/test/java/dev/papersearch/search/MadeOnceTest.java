package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MadeOnceTest {

  @Test
  void searchesArrivingTogetherWaitForOneMaking() throws Exception {
    MadeOnce<Object> made = new MadeOnce<>();
    AtomicInteger makings = new AtomicInteger();
    Object glossary = new Object();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> values = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        values.add(
            threads.submit(
                () -> {
                  start.await();
                  return made.get(
                      List.of(glossary),
                      () -> {
                        makings.incrementAndGet();
                        sleep(100); // long enough for every thread to ask meanwhile
                        return new Object();
                      });
                }));
      }
      start.countDown();
      Object first = values.get(0).get();
      for (Future<Object> value : values) {
        assertSame(first, value.get());
      }
      assertEquals(1, makings.get());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void newInputsAreComparedByIdentityAndMadeAgain() {
    MadeOnce<String> made = new MadeOnce<>();
    AtomicInteger makings = new AtomicInteger();
    String reader = new String("reader");
    String glossary = new String("glossary");
    assertEquals("1", made.get(List.of(reader, glossary), () -> String.valueOf(makings.incrementAndGet())));
    assertEquals("1", made.get(List.of(reader, glossary), () -> String.valueOf(makings.incrementAndGet())));
    assertEquals("2", made.get(List.of(new String("reader"), glossary), () -> String.valueOf(makings.incrementAndGet())));
    assertEquals("3", made.get(List.of(reader, glossary), () -> String.valueOf(makings.incrementAndGet())), "only the last is kept");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
