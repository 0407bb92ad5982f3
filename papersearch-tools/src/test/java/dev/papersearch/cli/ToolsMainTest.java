package dev.papersearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** papersearch-tools.jar runs eval and bench beside every command of papersearch.jar, which has neither. */
class ToolsMainTest {

  private record Run(int code, String out, String err) {}

  private static Run run(boolean tools, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int code =
        tools
            ? Main.run(List.of(args), o, e, ToolsMain.HELP, ToolsMain.TOOLS)
            : Main.run(List.of(args), o, e);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theToolsJarHasEvalAndBenchAndTheServersCommands() {
    assertEquals(new Run(0, EvalCommand.HELP, ""), run(true, "eval", "--help"));
    assertEquals(new Run(0, BenchCommand.HELP, ""), run(true, "bench", "--help"));
    assertEquals(new Run(0, ServeCommand.HELP, ""), run(true, "serve", "--help"));
    Run badFlag = run(true, "eval", "--nope");
    assertEquals(2, badFlag.code());
    assertTrue(badFlag.err().startsWith("papersearch eval: unknown option --nope"), badFlag.err());
  }

  @Test
  void theServedJarHasNeither() {
    Run eval = run(false, "eval");
    assertEquals(2, eval.code());
    assertTrue(eval.err().startsWith("papersearch: unknown command 'eval'"), eval.err());
  }
}
