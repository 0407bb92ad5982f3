package dev.papersearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.TestIndexes;
import dev.papersearch.support.ChildJvm;
import dev.papersearch.support.RealCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index} over an index it cannot write (permissions taken away, or writes failing half-way
 * as on a full disk): a message naming the folder, exit code 3, and the previous commit unharmed.
 */
class IndexWriteFailureTest {

  @TempDir Path dir;
  private Path index;
  private int committed;

  @BeforeEach
  void indexTheSample() throws IOException {
    index = dir.resolve("index");
    TestIndexes.sampleIndex(index).close();
    committed = committedPapers();
  }

  private record Outcome(int code, String output) {}

  private Outcome run(List<String> prefix, Path corpus) throws Exception {
    Path log = dir.resolve("child.log");
    Process child = ChildJvm.start(prefix, log, "index", "--corpus", corpus.toString(), "--index", index.toString());
    if (!child.waitFor(3, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      fail("index did not finish: " + Files.readString(log));
    }
    return new Outcome(child.exitValue(), Files.readString(log));
  }

  private int committedPapers() throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.numDocs();
    }
  }

  /** A server opening the index afterwards finds the papers of the last commit. */
  private void assertServable() throws IOException {
    try (PaperIndex reopened = PaperIndex.open(index)) {
      assertEquals(committed, reopened.count());
      assertTrue(new LuceneSearcher(reopened).search(SearchRequest.of("트랜스포머")).total() > 0);
    }
  }

  @Test
  void anUnwritableIndexFolderIsNamedAndTheLastCommitStaysReadable() throws Exception {
    setWritable(false);
    try {
      Outcome outcome = run(withoutRootOverride(), TestIndexes.sampleDir());
      assertEquals(3, outcome.code(), outcome.output());
      assertTrue(outcome.output().contains("cannot open index at " + index), outcome.output());
      assertTrue(outcome.output().contains("permission denied"), outcome.output());
      assertEquals(committed, committedPapers(), "readable while still unwritable");
    } finally {
      setWritable(true);
    }
    assertServable();
  }

  @Test
  void writesFailingHalfWayLeaveThePreviousCommit() throws Exception {
    // A file-size limit makes the child's writes fail part-way through, as a full disk does.
    List<String> limited = List.of("sh", "-c", "ulimit -f 1000 && exec \"$@\"", "sh");
    Outcome outcome = run(limited, RealCorpus.days());
    assertEquals(3, outcome.code(), outcome.output());
    assertTrue(outcome.output().contains("cannot write to index at " + index), outcome.output());
    assertEquals(committed, committedPapers(), "the failed run committed nothing");
    assertServable();
  }

  private void setWritable(boolean writable) throws IOException {
    String mode = writable ? "rwxr-xr-x" : "r-xr-xr-x";
    try (Stream<Path> files = Files.list(index)) {
      for (Path file : files.toList()) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(writable ? "rw-r--r--" : "r--r--r--"));
      }
    }
    Files.setPosixFilePermissions(index, PosixFilePermissions.fromString(mode));
  }

  /**
   * Root ignores file permissions; without the capabilities that let it, it is held to them like
   * any owner. Other users need nothing.
   */
  private static List<String> withoutRootOverride() throws IOException {
    if (!"root".equals(System.getProperty("user.name"))) {
      return List.of();
    }
    if (!Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
      fail("running as root, this test needs /usr/bin/setpriv (util-linux) to drop CAP_DAC_OVERRIDE");
    }
    return List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all");
  }
}
