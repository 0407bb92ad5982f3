package dev.papersearch.index;

import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.DigestPaths;
import dev.papersearch.ingest.Fingerprints;
import dev.papersearch.ingest.Paper;
import dev.papersearch.ingest.ParseResult;
import dev.papersearch.ingest.SameId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

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
   * @param fingerprint changes whenever a file of the day is added, removed or edited; empty when a
   *     file of the day could not be read (its problem says why), so the day cannot be taken as it is
   */
  public record Day(
      LocalDate day, List<Path> files, List<Paper> papers, List<ParseResult.Problem> problems, Optional<String> fingerprint) {

    /** Whether every file of the day was read. */
    public boolean readable() {
      return fingerprint.isPresent();
    }
  }

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
    return filesByDay().getOrDefault(day, List.of());
  }

  /** Every day the folder has a digest file for, with those files in the corpus reader's order. */
  public SortedMap<LocalDate, List<Path>> filesByDay() {
    SortedMap<LocalDate, List<Path>> days = new TreeMap<>();
    for (Path file : CorpusReader.digestFiles(root)) {
      DigestPaths.dateOf(file).ifPresent(day -> days.computeIfAbsent(day, d -> new ArrayList<>()).add(file));
    }
    return days;
  }

  /** Reads and parses every file of {@code day}; a file that vanished meanwhile is left out. */
  public Day read(LocalDate day) {
    return read(day, filesOf(day));
  }

  /**
   * The fingerprint {@link #read} gives the day made of {@code files}, without parsing them; empty
   * when one cannot be read.
   */
  Optional<String> fingerprint(List<Path> files) {
    List<Fingerprints.FileFingerprint> fingerprints = new ArrayList<>();
    for (Path file : files) {
      try {
        fingerprints.add(new Fingerprints.FileFingerprint(file, Fingerprints.ofBytes(CorpusReader.readDigest(file))));
      } catch (NoSuchFileException e) {
        // gone meanwhile, as in read
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.of(Fingerprints.ofDay(root, fingerprints));
  }

  /** Reads and parses {@code files}, the files of {@code day}. */
  Day read(LocalDate day, List<Path> files) {
    List<Path> read = new ArrayList<>();
    List<Fingerprints.FileFingerprint> fingerprints = new ArrayList<>();
    List<Paper> papers = new ArrayList<>();
    List<ParseResult.Problem> problems = new ArrayList<>();
    Map<String, Paper> ids = new HashMap<>();
    boolean readable = true;
    for (Path file : files) {
      byte[] bytes;
      try {
        bytes = CorpusReader.readDigest(file);
      } catch (NoSuchFileException e) {
        continue;
      } catch (IOException e) {
        readable = false;
        problems.add(CorpusReader.unreadable(file, e));
        continue;
      }
      read.add(file);
      fingerprints.add(new Fingerprints.FileFingerprint(file, Fingerprints.ofBytes(bytes)));
      for (ParseResult result : reader.parse(file, bytes)) {
        if (result instanceof ParseResult.Parsed parsed) {
          Paper paper = parsed.paper();
          Paper first = ids.putIfAbsent(paper.id(), paper);
          if (first == null) {
            papers.add(paper);
          } else {
            SameId.conflict(first, paper).ifPresent(problems::add);
          }
        } else if (result instanceof ParseResult.Problem problem) {
          problems.add(problem);
        }
      }
    }
    Optional<String> fingerprint =
        readable ? Optional.of(Fingerprints.ofDay(root, fingerprints)) : Optional.empty();
    return new Day(day, read, readable ? papers : List.of(), problems, fingerprint);
  }

  /** Where a digest of {@code day} is stored: over the day's file if there is one, else flat. */
  public Path fileFor(LocalDate day) {
    List<Path> existing = filesOf(day);
    return existing.isEmpty() ? root.resolve(day + ".md") : existing.get(0);
  }
}
