package dev.papersearch.search;

import dev.papersearch.index.PaperIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of the queries {@link PaperQueryBuilder} builds over the sample index's vocabulary, so that
 * every stage that looks words up runs: one index and one searcher for the test class.
 */
abstract class OverSampleIndex {

  @TempDir static Path dir;
  static PaperIndex index;
  static IndexSearcher searcher;

  @BeforeAll
  static void openSampleIndex() {
    index = TestIndexes.sampleIndex(dir);
    searcher = index.acquire();
  }

  @AfterAll
  static void closeSampleIndex() throws IOException {
    index.release(searcher);
    index.close();
  }
}
