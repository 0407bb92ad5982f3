package dev.papersearch.index;

import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.DigestPaths;
import dev.papersearch.ingest.Paper;
import dev.papersearch.ingest.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A folder of digests seen as days: which files make up a day (normally one, in either layout),
 * what the day lists, and where a new file for a day goes.
 */
public final class CorpusFolder {

  /**
   * A day as the folder has it now.
   *
   * @param papers the day's papers in file order; an id listed twice keeps its first block, as in
   *     {@link CorpusReader}
   * @param fingerprint changes whenever a file of the day is added, removed or edited
   */
  public record Day(LocalDate day, List<Path> files, List<Paper> papers, List<ParseResult.Problem> problems, String fingerprint) {}

  private final Path root;
  private final CorpusReader reader = new CorpusReader();

  public CorpusFolder(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The digest files of {@code day}, in the order the corpus reader takes them. */
  public List<Path> filesOf(LocalDate day) {
    return CorpusReader.digestFiles(root).stream()
        .filter(f -> DigestPaths.dateOf(f).map(day::equals).orElse(false))
        .toList();
  }

  /** Reads and parses every file of {@code day}; a file that vanished meanwhile is left out. */
  public Day read(LocalDate day) {
    MessageDigest digest = sha256();
    List<Path> files = new ArrayList<>();
    List<Paper> papers = new ArrayList<>();
    List<ParseResult.Problem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path file : filesOf(day)) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        continue;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
      files.add(file);
      digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
      digest.update(bytes);
      for (ParseResult result : reader.parse(file, bytes)) {
        if (result instanceof ParseResult.Parsed parsed) {
          if (ids.add(parsed.paper().id())) {
            papers.add(parsed.paper());
          }
        } else if (result instanceof ParseResult.Problem problem) {
          problems.add(problem);
        }
      }
    }
    return new Day(day, files, papers, problems, HexFormat.of().formatHex(digest.digest()));
  }

  /** Where a digest of {@code day} is stored: over the day's file if there is one, else flat. */
  public Path fileFor(LocalDate day) {
    List<Path> existing = filesOf(day);
    return existing.isEmpty() ? root.resolve(day + ".md") : existing.get(0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
