package dev.papersearch.ingest;

import java.nio.file.Path;

/** A line in a digest file, 1-based, printed as {@code file:line} the way compilers do. */
public record SourceLine(Path file, int line) {

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
