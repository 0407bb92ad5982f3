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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   *
   * @param fingerprint of the bytes the papers were read from; empty when the file could not be read
   */
  public record FileRead(
      Path file,
      int number,
      int total,
      List<Paper> papers,
      List<ParseResult.Problem> problems,
      Optional<String> fingerprint) {}

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
    Map<String, Paper> seen = new HashMap<>();
    int blocks = 0;
    int done = 0;
    for (Path file : files) {
      List<Paper> added = new ArrayList<>();
      List<ParseResult.Problem> failed = new ArrayList<>();
      byte[] bytes = null;
      List<ParseResult> results;
      try {
        bytes = readDigest(file);
        results = parse(file, bytes);
      } catch (IOException e) {
        results = List.of(unreadable(file, e));
      }
      for (ParseResult result : results) {
        if (result instanceof ParseResult.Parsed parsed) {
          blocks++;
          Paper paper = parsed.paper();
          Paper first = seen.putIfAbsent(paper.id(), paper);
          if (first == null) {
            added.add(paper);
          } else {
            SameId.conflict(first, paper).ifPresent(failed::add);
            repeats.add(paper);
          }
        } else if (result instanceof ParseResult.Problem problem) {
          blocks += problem.cost() == ParseResult.Problem.Cost.BLOCK ? 1 : 0;
          failed.add(problem);
        }
      }
      papers.addAll(added);
      problems.addAll(failed);
      listener.accept(
          new FileRead(file, ++done, files.size(), added, failed, Optional.ofNullable(bytes).map(Fingerprints::ofBytes)));
    }
    return new Corpus(files.size(), blocks, papers, repeats, problems);
  }

  /**
   * Parses one file. A file that cannot be read yields a single problem at line 0; bytes that are not
   * UTF-8 a problem for each line that has them, the rest of the file parsed as usual.
   */
  public List<ParseResult> parseFile(Path file) {
    try {
      return parse(file, readDigest(file));
    } catch (IOException e) {
      return List.of(unreadable(file, e));
    }
  }

  /**
   * The most bytes a digest file may have. A real day has under 100 KB; past this the file is not
   * read at all, so that a stray huge file cannot exhaust the memory of the process indexing it.
   */
  public static final long MAX_FILE_BYTES = 64L << 20;

  /** The bytes of a digest file, refused (as unreadable) past {@link #MAX_FILE_BYTES}. */
  public static byte[] readDigest(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new IOException("the file has " + size + " bytes; a digest may have at most " + MAX_FILE_BYTES);
    }
    return Files.readAllBytes(file);
  }

  /** The problem of a file that cannot be read: nothing of it is indexed. */
  public static ParseResult.Problem unreadable(Path file, IOException why) {
    return new ParseResult.Problem(
        new SourceLine(file, 0), "cannot read file: " + why, ParseResult.Problem.Cost.FILE, Optional.empty());
  }

  /**
   * Parses {@code bytes} as the content of {@code file} (which need not exist yet, as for an upload
   * checked before it is stored); problems are reported as for {@link #parseFile}.
   */
  public List<ParseResult> parse(Path file, byte[] bytes) {
    return results(file, decode(file, bytes));
  }

  private List<ParseResult> results(Path file, Decoded decoded) {
    List<ParseResult> results = new ArrayList<>(decoded.problems());
    results.addAll(parser.parse(file, decoded.text()));
    return results;
  }

  /**
   * A file's text with LF line endings and no byte-order mark, each byte sequence that is not UTF-8
   * replaced by U+FFFD, and a problem for each line that had one.
   */
  private record Decoded(String text, List<ParseResult.Problem> problems) {}

  /**
   * Decodes {@code bytes} as UTF-8. A damaged byte costs its own line, not the day: the text around it
   * is kept, so the blocks still parse, and the line is reported.
   */
  private static Decoded decode(Path file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    List<ParseResult.Problem> problems = new ArrayList<>();
    int line = 1;
    int counted = 0;
    int lastDamagedLine = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      for (; counted < in.position(); counted++) {
        if (bytes[counted] == '\n') {
          line++;
        }
      }
      if (line != lastDamagedLine) {
        problems.add(
            new ParseResult.Problem(
                new SourceLine(file, line),
                "not valid UTF-8 (byte 0x%02x); the line is read with U+FFFD in its place"
                    .formatted(bytes[in.position()] & 0xff),
                ParseResult.Problem.Cost.NONE,
                Optional.empty()));
        lastDamagedLine = line;
      }
      in.position(in.position() + result.length());
      out.put('\uFFFD');
    }
    decoder.flush(out);
    String text = out.flip().toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new Decoded(text.replace("\r\n", "\n").replace('\r', '\n'), problems);
  }
}
