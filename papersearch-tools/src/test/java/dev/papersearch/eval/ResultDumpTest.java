package dev.papersearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing two dumps: everything exact but the score, which may move by float rounding only. */
class ResultDumpTest {

  @TempDir Path dir;

  private static final String LINE = "dev.tsv\td-01\t12\t1\t2405.08707\t%s\tA <mark>Title</mark>\t이 논문은␟둘째";

  private boolean compare(String before, String after) throws IOException {
    Path a = Files.write(dir.resolve("a"), List.of(before));
    Path b = Files.write(dir.resolve("b"), List.of(after));
    return ResultDump.compare(a, b, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void scoresMayDifferWithinTheToleranceAndNothingElseMay() throws IOException {
    assertTrue(compare(LINE.formatted("3.1000001"), LINE.formatted("3.1000049")));
    assertFalse(compare(LINE.formatted("3.1"), LINE.formatted("3.10002")));
    assertFalse(compare(LINE.formatted("3.1"), LINE.formatted("3.1").replace("2405.08707", "2405.08708")));
    assertFalse(compare(LINE.formatted("3.1"), LINE.formatted("3.1").replace("␟둘째", "")));
    assertFalse(compare(LINE.formatted("3.1"), LINE.formatted("3.1") + "\textra"));
  }

  @Test
  void theDifferencesAreNamedByLine() throws IOException {
    Path a = Files.write(dir.resolve("a"), List.of(LINE.formatted("1.0"), LINE.formatted("2.0")));
    Path b = Files.write(dir.resolve("b"), List.of(LINE.formatted("1.0"), LINE.formatted("2.5")));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    assertFalse(ResultDump.compare(a, b, new PrintStream(text, true, StandardCharsets.UTF_8)));
    List<String> lines = text.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("line 2:", lines.get(0));
    assertEquals("2 lines compared, 1 differ (scores within 1e-05)", lines.get(lines.size() - 1));
  }
}
