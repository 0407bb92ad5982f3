package dev.papersearch.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real corpus for tests that need it.
 *
 * <p>A missing corpus fails the test: CI has it, and a silent skip would hide a broken setup. Where
 * the corpus is knowingly absent, {@code PAPERSEARCH_ALLOW_NO_CORPUS=1} turns the failure into a
 * skip with the same message.
 */
public final class RealCorpus {

  public static final String PROPERTY = "papersearch.corpus";
  public static final String ALLOW_MISSING = "PAPERSEARCH_ALLOW_NO_CORPUS";

  private RealCorpus() {}

  /** The {@code days/} folder of the corpus named by the system property (surefire sets it). */
  public static Path days() {
    return days(System.getProperty(PROPERTY), System.getenv(ALLOW_MISSING));
  }

  public static Path days(String property, String allowMissing) {
    Path root =
        Path.of(property == null ? "../shared/corpus" : property).toAbsolutePath().normalize();
    Path days = root.resolve("days");
    if (Files.isDirectory(days)) {
      return days;
    }
    String message =
        "real corpus not found: looked for folder "
            + days
            + " (system property "
            + PROPERTY
            + "="
            + property
            + ")";
    if ("1".equals(allowMissing)) {
      Assumptions.abort(message + "; skipped because " + ALLOW_MISSING + "=1");
    }
    return fail(message + "; set " + ALLOW_MISSING + "=1 to skip tests that need it");
  }
}
