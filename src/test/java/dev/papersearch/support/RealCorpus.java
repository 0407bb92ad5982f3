package dev.papersearch.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real digest corpus is for tests: the {@code papersearch.corpus} system property (set by
 * the build to {@code ../shared/corpus}). A missing corpus fails the test with a clear message, since
 * CI always has it; set {@code PAPERSEARCH_ALLOW_NO_CORPUS=1} to skip such tests instead.
 */
public final class RealCorpus {

  private RealCorpus() {}

  public static Path dir() {
    Path dir = Path.of(System.getProperty("papersearch.corpus", "../shared/corpus")).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("days"))) {
      String message =
          "the real corpus is missing: no folder " + dir.resolve("days")
              + " (set -Dpapersearch.corpus=DIR, or PAPERSEARCH_ALLOW_NO_CORPUS=1 to skip)";
      assumeTrue(!"1".equals(System.getenv("PAPERSEARCH_ALLOW_NO_CORPUS")), message);
      fail(message);
    }
    return dir;
  }
}
