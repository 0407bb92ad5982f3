package dev.papersearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size of the index folder, measured while the index writes to it. */
class FoldersTest {

  @Test
  void sizeCountsTheFilesBelowTheFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a"), "12345");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b"), "123");
    assertEquals(8, Folders.size(dir));
  }

  @Test
  void aFileRenamedWhileTheFolderIsWalkedIsNoError(@TempDir Path dir) throws Exception {
    // The glossary is written to glossary.tsv.tmp and moved into place, as segments are merged away,
    // while /api/stats may be measuring the folder.
    for (int i = 0; i < 50; i++) {
      Files.writeString(dir.resolve("segment" + i), "x".repeat(100));
    }
    AtomicBoolean done = new AtomicBoolean();
    Thread writer =
        new Thread(
            () -> {
              try {
                while (!done.get()) {
                  Path tmp = dir.resolve("glossary.tsv.tmp");
                  Files.writeString(tmp, "entries");
                  Files.move(tmp, dir.resolve("glossary.tsv"), StandardCopyOption.REPLACE_EXISTING);
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    try {
      for (int i = 0; i < 3000; i++) {
        assertTrue(Folders.size(dir) >= 5000);
      }
    } finally {
      done.set(true);
      writer.join();
    }
  }
}
