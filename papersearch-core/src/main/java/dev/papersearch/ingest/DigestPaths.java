package dev.papersearch.ingest;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells digest files apart and reads the date a path encodes: the upstream layout {@code
 * paper_logs/YYYY/MM/DD.md} or the flat {@code YYYY-MM-DD.md}.
 */
public final class DigestPaths {

  private static final Pattern FLAT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})\\.md");
  private static final Pattern NESTED =
      Pattern.compile("(?:^|.*[/\\\\])(\\d{4})[/\\\\](\\d{2})[/\\\\](\\d{2})\\.md$");

  private DigestPaths() {}

  /** Whether the file looks like a daily digest by its name. */
  public static boolean isDigest(Path file) {
    return dateOf(file).isPresent();
  }

  /** The date in the file's name or its last folders, if the path has one. */
  public static Optional<LocalDate> dateOf(Path file) {
    Matcher flat = FLAT.matcher(file.getFileName().toString());
    if (flat.matches()) {
      return date(flat);
    }
    Matcher nested = NESTED.matcher(file.toString());
    return nested.matches() ? date(nested) : Optional.empty();
  }

  private static Optional<LocalDate> date(Matcher m) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
