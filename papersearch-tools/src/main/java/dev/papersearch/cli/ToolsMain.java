package dev.papersearch.cli;

import java.util.Arrays;
import java.util.Map;

/**
 * The command line of papersearch-tools.jar: every command of papersearch.jar, and {@code eval} and
 * {@code bench}, which bring the systems they measure papersearch against.
 */
public final class ToolsMain {

  static final String HELP =
      """
      Usage: papersearch COMMAND [OPTIONS]

      Full-text search for Korean daily AI-paper digests, with its measuring tools.

      Commands:
        index   parse a folder of digests into the index
        serve   answer search requests over HTTP (indexes the bundled sample on a fresh machine)
        eval    measure relevance against baselines on the dev set and KorQuAD, and typing
        bench   measure speed and memory beside SQLite FTS5 and stock Lucene, write a report

      Run 'papersearch COMMAND --help' for a command's options.
      """;

  static final Map<String, Main.Tool> TOOLS =
      Map.of(
          "eval", new Main.Tool(EvalCommand.HELP, EvalCommand.VALUED, EvalCommand.BOOLEANS, EvalCommand::run),
          "bench", new Main.Tool(BenchCommand.HELP, BenchCommand.VALUED, BenchCommand.BOOLEANS, BenchCommand::run));

  private ToolsMain() {}

  public static void main(String[] args) {
    int code = Main.run(Arrays.asList(args), System.out, System.err, HELP, TOOLS);
    if (code != 0) {
      System.exit(code);
    }
  }
}
