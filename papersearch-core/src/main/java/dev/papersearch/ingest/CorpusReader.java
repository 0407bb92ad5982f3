package dev.papersearch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads every digest below a folder, in date order, into a {@link Corpus}.
 *
 * <p>When the same arXiv id is listed on more than one day (2410.09342 is on 2024-10-16 and again on
 * 2024-10-18, from a re-run of the upstream job), the <em>first</em> day wins: that is the day the
 * paper was in Hugging Face's Daily Papers, which is what the date facet means to a reader, and the
 * re-run copy is the lesser one (its title lost the LaTeX {@code $\times$}). Files are read in date
 * order, so the rule does not depend on how the folder lists its files.
 */
public final class CorpusReader {

  /**
   * One file read: its position among all files, the papers it added (repeats of earlier days left
   * out) and its problems. Lets a caller index and report progress while the reader works.
   */
  public record FileRead(
      Path file, int number, int total, List<Paper> papers, List<ParseResult.Problem> problems) {}

  /** A listener that ignores every file. */
  public static final Consumer<FileRead> QUIETLY = f -> {};

  private final DigestParser parser = new DigestParser();

  /** All digest files below {@code root}, in date order then path order. */
  public static List<Path> digestFiles(Path root) {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(DigestPaths::isDigest)
          .sorted(
              Comparator.comparing((Path p) -> DigestPaths.dateOf(p).orElse(LocalDate.MIN))
                  .thenComparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
    }
  }

  /** Reads and parses every digest below {@code root}. */
  public Corpus read(Path root, Consumer<FileRead> listener) {
    List<Path> files = digestFiles(root);
    List<Paper> papers = new ArrayList<>();
    List<Paper> repeats = new ArrayList<>();
    List<ParseResult.Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int blocks = 0;
    int done = 0;
    for (Path file : files) {
      List<Paper> added = new ArrayList<>();
      List<ParseResult.Problem> failed = new ArrayList<>();
      Decoded decoded = decode(file);
      if (decoded.problem() != null) {
        // A file that cannot be read or decoded is a problem of the file, not a block.
        failed.add(decoded.problem());
      } else {
        for (ParseResult result : parser.parse(file, decoded.text())) {
          blocks++;
          if (result instanceof ParseResult.Parsed parsed) {
            (seen.add(parsed.paper().id()) ? added : repeats).add(parsed.paper());
          } else if (result instanceof ParseResult.Problem problem) {
            failed.add(problem);
          }
        }
      }
      papers.addAll(added);
      problems.addAll(failed);
      listener.accept(new FileRead(file, ++done, files.size(), added, failed));
    }
    return new Corpus(files.size(), blocks, papers, repeats, problems);
  }

  /**
   * Parses one file. A file that cannot be read or is not UTF-8 yields a single problem naming the
   * line where decoding failed (line 0 when the file could not be opened).
   */
  public List<ParseResult> parseFile(Path file) {
    return results(file, decode(file));
  }

  /**
   * Parses {@code bytes} as the content of {@code file} (which need not exist yet, as for an upload
   * checked before it is stored); problems are reported as for {@link #parseFile}.
   */
  public List<ParseResult> parse(Path file, byte[] bytes) {
    return results(file, decode(file, bytes));
  }

  private List<ParseResult> results(Path file, Decoded decoded) {
    return decoded.problem() != null
        ? List.of(decoded.problem())
        : parser.parse(file, decoded.text());
  }

  /** A file's text with LF line endings and no byte-order mark, or the problem that stopped it. */
  private record Decoded(String text, ParseResult.Problem problem) {}

  private static Decoded decode(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Decoded(
          null, new ParseResult.Problem(new SourceLine(file, 0), "cannot read file: " + e));
    }
    return decode(file, bytes);
  }

  private static Decoded decode(Path file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      return new Decoded(
          null, new ParseResult.Problem(new SourceLine(file, line), "not valid UTF-8 text"));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new Decoded(text.replace("\r\n", "\n").replace('\r', '\n'), null);
  }
}
