package dev.papersearch.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and parses the hand-written digests under {@code src/test/resources/fixtures}.
 *
 * <p>Fixtures are parsed through {@link CorpusReader#parseFile(Path)}, the same path the real
 * corpus takes (UTF-8 check, then {@link DigestParser}), so a golden test also covers decoding.
 */
final class Fixtures {

  private Fixtures() {}

  /** The fixture file or folder at {@code relative} below {@code fixtures/}. */
  static Path path(String relative) {
    URL url = Fixtures.class.getResource("/fixtures/" + relative);
    if (url == null) {
      throw new IllegalArgumentException(
          "no fixture 'fixtures/" + relative + "' on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every result of parsing one fixture file, problems included. */
  static List<ParseResult> parse(String relative) {
    return new CorpusReader().parseFile(path(relative));
  }

  /** The papers of a fixture file that must parse without a single problem. */
  static List<Paper> papers(String relative) {
    return papersOf(parse(relative), relative);
  }

  /** The papers among {@code results}, failing the test on any problem. */
  static List<Paper> papersOf(List<ParseResult> results, String what) {
    List<Paper> papers = new ArrayList<>();
    for (ParseResult result : results) {
      if (result instanceof ParseResult.Parsed parsed) {
        papers.add(parsed.paper());
      } else {
        fail("unexpected problem in " + what + ": " + result);
      }
    }
    return papers;
  }
}
