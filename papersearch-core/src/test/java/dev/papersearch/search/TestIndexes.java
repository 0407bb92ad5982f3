package dev.papersearch.search;

import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Indexes for tests: the bundled sample plus hand-written hostile fixtures, in a temporary folder. */
public final class TestIndexes {

  private TestIndexes() {}

  /** The bundled sample digests (three days, fifteen papers). */
  public static Path sampleDir() {
    return sourceFolder("papersearch-core/src/main/resources/sample");
  }

  /**
   * Copies the bundled sample's digests (not its README) into {@code folder}, created if needed: a
   * corpus folder of its own for a test that changes it.
   */
  public static void copySample(Path folder) {
    try (var files = Files.list(sampleDir())) {
      Files.createDirectories(folder);
      for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the sample into " + folder, e);
    }
  }

  /** Hand-made digests with markup in titles and summaries and one broken block. */
  public static Path hostileDir() {
    return sourceFolder("papersearch-core/src/test/resources/hostile");
  }

  /** A new index in {@code dir} holding the sample and the hostile fixtures. */
  public static PaperIndex sampleIndex(Path dir) {
    PaperIndex index = PaperIndex.open(dir);
    CorpusIndexer indexer = new CorpusIndexer(index);
    indexer.index(sampleDir(), CorpusReader.QUIETLY);
    indexer.index(hostileDir(), CorpusReader.QUIETLY);
    return index;
  }

  /**
   * A folder of digests in the source tree. Read from the sources, not the classpath: other modules'
   * tests see these resources inside the core jars, where they are no folders. Every module's tests
   * run from the top-level folder (see the parent pom's surefire {@code workingDirectory}).
   */
  private static Path sourceFolder(String relative) {
    Path folder = Path.of(relative);
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException(
          "no folder " + folder.toAbsolutePath() + ": tests must run from the project's top-level folder");
    }
    return folder;
  }
}
