package dev.papersearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.index.Digests.Block;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.Paper;
import dev.papersearch.ingest.ParseResult;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PaperIndex#update}: all of a batch or none of it, and a failed batch stops further writes. */
class PaperIndexUpdateTest {

  @TempDir Path dir;

  private Paper paper(String id) {
    Path file = Digests.write(dir.resolve("corpus"), LocalDate.of(2025, 10, 1), Block.tagged(id, "x"));
    return ((ParseResult.Parsed) new CorpusReader().parseFile(file).get(0)).paper();
  }

  @Test
  void aFailedBatchLeavesTheLastCommitAndStopsWritesWhileSearchesGoOn() throws IOException {
    Paper kept = paper("2510.00001");
    Paper dropped = paper("2510.00002");
    try (PaperIndex index = PaperIndex.open(dir.resolve("index"))) {
      index.update(() -> {
        index.upsert(kept);
        return null;
      });
      UncheckedIOException failure = new UncheckedIOException(new IOException("No space left on device"));
      assertThrows(
          UncheckedIOException.class,
          () -> index.update(() -> {
            index.upsert(dropped);
            throw failure;
          }));

      assertEquals(1, index.count(), "the failed batch is not visible");
      assertTrue(index.stats().writeFailure().orElseThrow().contains("No space left on device"));
      IllegalStateException refused = assertThrows(IllegalStateException.class, () -> index.upsert(dropped));
      assertTrue(refused.getMessage().contains("restart"), refused.getMessage());
      assertEquals(1, new LuceneSearcher(index).search(SearchRequest.of("")).total(), "searches go on");
    }
    try (PaperIndex reopened = PaperIndex.open(dir.resolve("index"))) {
      assertEquals(1, reopened.count(), "the failed batch was never committed");
      assertFalse(reopened.stats().writeFailure().isPresent(), "a restart takes writes again");
    }
  }
}
