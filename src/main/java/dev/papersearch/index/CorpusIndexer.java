package dev.papersearch.index;

import dev.papersearch.ingest.Corpus;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads a folder of digests into a {@link PaperIndex}, file by file, and commits once at the end. */
public final class CorpusIndexer {

  /** What an indexing run did. */
  public record Report(Corpus corpus, int indexed, long millis, long indexBytes) {}

  private final PaperIndex index;

  public CorpusIndexer(PaperIndex index) {
    this.index = index;
  }

  /** Indexes every digest below {@code root}; {@code listener} hears about each file as it is done. */
  public Report index(Path root, Consumer<CorpusReader.FileRead> listener) {
    long started = System.nanoTime();
    Corpus corpus =
        new CorpusReader()
            .read(
                root,
                file -> {
                  for (Paper paper : file.papers()) {
                    index.upsert(paper);
                  }
                  listener.accept(file);
                });
    index.commit();
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Report(corpus, index.count(), millis, sizeOf(index.path()));
  }

  private static long sizeOf(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(CorpusIndexer::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // a file merged away while listing
    }
  }
}
