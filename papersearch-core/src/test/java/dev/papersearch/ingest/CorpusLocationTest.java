package dev.papersearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import dev.papersearch.support.RealCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing real corpus must fail loudly unless skipping was asked for. */
class CorpusLocationTest {

  @Test
  void findsTheDaysFolder(@TempDir Path root) throws IOException {
    Path days = Files.createDirectory(root.resolve("days"));
    assertEquals(days, RealCorpus.days(root.toString(), null));
  }

  @Test
  void missingCorpusFailsAndSaysWhereItLooked(@TempDir Path root) {
    AssertionFailedError error =
        assertThrows(AssertionFailedError.class, () -> RealCorpus.days(root.toString(), null));
    assertTrue(error.getMessage().contains(root.resolve("days").toString()), error.getMessage());
  }

  @Test
  void missingCorpusIsSkippedWhenAllowed(@TempDir Path root) {
    TestAbortedException skip =
        assertThrows(TestAbortedException.class, () -> RealCorpus.days(root.toString(), "1"));
    assertTrue(skip.getMessage().contains(root.resolve("days").toString()), skip.getMessage());
    assertTrue(skip.getMessage().contains(RealCorpus.ALLOW_MISSING), skip.getMessage());
  }
}
