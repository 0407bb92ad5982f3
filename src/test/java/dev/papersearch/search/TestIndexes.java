package dev.papersearch.search;

import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Indexes for tests: the bundled sample plus hand-written hostile fixtures, in a temporary folder. */
public final class TestIndexes {

  private TestIndexes() {}

  /** The bundled sample digests (three days, fifteen papers). */
  public static Path sampleDir() {
    return resource("/sample/README.md").getParent();
  }

  /** Hand-made digests with markup in titles and summaries and one broken block. */
  public static Path hostileDir() {
    return resource("/hostile/2024-07-01.md").getParent();
  }

  /** A new index in {@code dir} holding the sample and the hostile fixtures. */
  public static PaperIndex sampleIndex(Path dir) {
    PaperIndex index = PaperIndex.open(dir);
    CorpusIndexer indexer = new CorpusIndexer(index);
    indexer.index(sampleDir(), CorpusReader.QUIETLY);
    indexer.index(hostileDir(), CorpusReader.QUIETLY);
    return index;
  }

  private static Path resource(String name) {
    try {
      return Paths.get(TestIndexes.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
