package dev.papersearch.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.DateRange;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.SortOrder;
import dev.papersearch.search.TestIndexes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Hostile text straight into query building and searching: never an exception, always quick. */
class QueryFuzzTest {

  /** Generous for a loaded CI machine; the searches here take milliseconds. */
  private static final Duration BOUND = Duration.ofSeconds(3);

  private static Path dir;
  private static PaperIndex index;
  private static LuceneSearcher searcher;
  private static final AtomicLong slowest = new AtomicLong();
  private static final AtomicLong tries = new AtomicLong();

  @BeforeContainer
  static void open() throws IOException {
    dir = Files.createTempDirectory("query-fuzz");
    index = TestIndexes.sampleIndex(dir);
    searcher = new LuceneSearcher(index);
  }

  @AfterContainer
  static void close() throws IOException {
    System.out.printf("query fuzz: %d searches, slowest %d ms%n", tries.get(), slowest.get() / 1_000_000);
    index.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<String> queries() {
    return HostileText.query();
  }

  @Provide
  Arbitrary<SortOrder> sorts() {
    return Arbitraries.of(SortOrder.values()).injectNull(0.3);
  }

  @Property(tries = 1000)
  void anyTextIsSearchedWithoutErrorAndQuickly(
      @ForAll("queries") String text, @ForAll("sorts") SortOrder sort, @ForAll boolean dated) {
    DateRange dates = dated ? new DateRange(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)) : DateRange.ALL;
    SearchResponse response = timed(() -> searcher.search(new SearchRequest(text, dates, sort, 1, 10)));
    assertTrue(response.total() >= 0 && response.hits().size() <= 10);
  }

  @Example
  void tenThousandOpeningBrackets() {
    timed(() -> searcher.search(SearchRequest.of(HostileText.MANY_PARENS)));
    timed(() -> searcher.search(SearchRequest.of("트랜스포머 " + HostileText.MANY_PARENS + " \"")));
  }

  private static <T> T timed(java.util.function.Supplier<T> search) {
    long started = System.nanoTime();
    T result = search.get();
    long nanos = System.nanoTime() - started;
    tries.incrementAndGet();
    slowest.accumulateAndGet(nanos, Math::max);
    assertTrue(nanos < BOUND.toNanos(), "took " + nanos / 1_000_000 + " ms");
    return result;
  }
}
