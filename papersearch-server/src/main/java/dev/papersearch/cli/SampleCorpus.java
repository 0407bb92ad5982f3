package dev.papersearch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The small digest sample bundled in the jar, which {@code serve} shows on a fresh machine. */
final class SampleCorpus {

  private SampleCorpus() {}

  /** The sample folder, inside the jar's file system when running from the jar. */
  static Path path() {
    URL url = SampleCorpus.class.getResource("/sample/README.md");
    if (url == null) {
      throw new IllegalStateException("the bundled sample is missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // Opened before in this JVM: Path.of below finds it.
        }
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new UncheckedIOException(new IOException("cannot open the bundled sample: " + e.getMessage(), e));
    }
  }
}
