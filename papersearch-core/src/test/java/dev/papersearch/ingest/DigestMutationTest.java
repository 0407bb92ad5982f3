package dev.papersearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parser on damaged digests (the fixtures cut short, with bytes flipped, headings repeated,
 * lines dropped or moved): it never throws, and every problem names the file and a line in it.
 */
class DigestMutationTest {

  /** A digest file to damage: its path (for messages) and bytes. */
  record Original(Path file, byte[] bytes) {
    @Override
    public String toString() {
      return file.getFileName().toString();
    }
  }

  /** One kind of damage at a position (a fraction of the file) with a byte to use. */
  enum Damage { TRUNCATE, FLIP_BYTE, SET_BYTE, DUPLICATE_HEADING, DROP_LINE, SWAP_LINES, INSERT_BYTES }

  record Mutation(Damage damage, double at, double other, byte value) {}

  private static final List<Original> ORIGINALS = originals();

  private static List<Original> originals() {
    try (Stream<Path> files = Files.walk(Fixtures.path(""))) {
      List<Original> out = new ArrayList<>();
      for (Path file : files.filter(f -> DigestPaths.isDigest(f)).sorted().toList()) {
        out.add(new Original(file, Files.readAllBytes(file)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Original> originalsToDamage() {
    return Arbitraries.of(ORIGINALS);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.of(Damage.values()),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.bytes())
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 3000)
  void damagedDigestsAreParsedWithoutThrowingAndProblemsNameFileAndLine(
      @ForAll("originalsToDamage") Original original, @ForAll("mutations") List<Mutation> mutations) {
    byte[] bytes = original.bytes();
    for (Mutation mutation : mutations) {
      bytes = apply(mutation, bytes);
    }
    List<ParseResult> results = new CorpusReader().parse(original.file(), bytes);
    // Lines as the reader counts them: CRLF, and a lone CR as old Mac files have, end a line too.
    String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace('\r', '\n');
    int lines = 1 + (int) text.chars().filter(c -> c == '\n').count();
    for (ParseResult result : results) {
      if (result instanceof ParseResult.Problem problem) {
        assertEquals(original.file(), problem.where().file());
        assertTrue(problem.where().line() >= 1 && problem.where().line() <= lines, problem + " of " + lines + " lines");
        assertTrue(problem.toString().startsWith(original.file() + ":" + problem.where().line() + ": "), problem.toString());
        assertFalse(problem.reason().isBlank());
      } else if (result instanceof ParseResult.Parsed parsed) {
        assertFalse(parsed.paper().id().isBlank());
        assertTrue(parsed.paper().source().line() >= 1 && parsed.paper().source().line() <= lines);
      }
    }
  }

  static byte[] apply(Mutation m, byte[] bytes) {
    int at = (int) (m.at() * bytes.length);
    switch (m.damage()) {
      case TRUNCATE:
        return Arrays.copyOf(bytes, at);
      case FLIP_BYTE:
      case SET_BYTE:
        if (bytes.length == 0) {
          return bytes;
        }
        byte[] changed = bytes.clone();
        int i = Math.min(at, bytes.length - 1);
        changed[i] = m.damage() == Damage.FLIP_BYTE ? (byte) ~changed[i] : m.value();
        return changed;
      case INSERT_BYTES:
        byte[] inserted = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, inserted, 0, at);
        Arrays.fill(inserted, at, at + 3, m.value());
        System.arraycopy(bytes, at, inserted, at + 3, bytes.length - at);
        return inserted;
      default:
        return lines(m, bytes);
    }
  }

  /** Line-level damage, on the text as Latin-1 so that any bytes survive the round trip. */
  private static byte[] lines(Mutation m, byte[] bytes) {
    List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
    int at = Math.min((int) (m.at() * lines.size()), lines.size() - 1);
    int other = Math.min((int) (m.other() * lines.size()), lines.size() - 1);
    switch (m.damage()) {
      case DUPLICATE_HEADING:
        List<String> headings = lines.stream().filter(l -> l.startsWith("#")).toList();
        if (!headings.isEmpty()) {
          lines.add(at, headings.get(other % headings.size()));
        }
        break;
      case DROP_LINE:
        lines.remove(at);
        break;
      default:
        String moved = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, moved);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }
}
