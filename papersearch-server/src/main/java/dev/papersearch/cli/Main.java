package dev.papersearch.cli;

import dev.papersearch.config.Settings;
import dev.papersearch.config.SettingsException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;

/** The {@code papersearch} command line: {@code index}, {@code serve} and their {@code --help}. */
public final class Main {

  static final String HELP =
      """
      Usage: papersearch COMMAND [OPTIONS]

      Full-text search for Korean daily AI-paper digests.

      Commands:
        index   parse a folder of digests into the index
        serve   answer search requests over HTTP (indexes the bundled sample on a fresh machine)

      eval (relevance against baselines) and bench (speed and memory beside SQLite FTS5 and stock
      Lucene) are in target/papersearch-tools.jar, which runs these commands too.

      index and serve also work on a SolrCloud collection (--backend solr); see the README, "Scaling
      out with SolrCloud". Run 'papersearch COMMAND --help' for a command's options.
      """;

  /** Flags shared by the commands and the settings keys they set. */
  private static final Map<String, String> SETTING_FLAGS =
      Map.of(
          "index", "index.dir",
          "corpus", "corpus.dir",
          "port", "server.port",
          "host", "server.host",
          "watch", "corpus.watch");

  private Main() {}

  public static void main(String[] args) {
    int code = run(Arrays.asList(args), System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * A command that runs without the settings file, added by another jar: {@code eval} and {@code
   * bench} in papersearch-tools.jar.
   */
  record Tool(String help, Set<String> valued, Set<String> booleans, ToIntBiFunction<Args, PrintStream> run) {}

  /** Runs a command; returns the exit code (a running server returns 0 and keeps the JVM alive). */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    return run(args, out, err, HELP, Map.of());
  }

  /** {@link #run(List, PrintStream, PrintStream)} with more commands, and {@code usage} naming them. */
  static int run(List<String> args, PrintStream out, PrintStream err, String usage, Map<String, Tool> tools) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
      out.print(usage);
      return args.isEmpty() ? 2 : 0;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    Tool tool = tools.get(command);
    String help =
        switch (command) {
          case "index" -> IndexCommand.HELP;
          case "serve" -> ServeCommand.HELP;
          default -> tool == null ? null : tool.help();
        };
    if (help == null) {
      err.println("papersearch: unknown command '" + command + "'\n");
      err.print(usage);
      return 2;
    }
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(help);
      return 0;
    }
    try {
      if (tool != null) {
        return tool.run().applyAsInt(Args.parse(rest, tool.valued(), tool.booleans()), out);
      }
      Args flags =
          command.equals("index")
              ? Args.parse(rest, Backend.withFlags(Set.of("index", "corpus", "config", "batch")), Set.of("rebuild"))
              : Args.parse(rest, Backend.withFlags(Set.of("index", "corpus", "port", "host", "config")), Set.of("watch"));
      Path configFile = flags.has("config") ? Path.of(flags.get("config")) : Settings.DEFAULT_FILE;
      if (flags.has("config") && !configFile.toFile().isFile()) {
        throw new UsageException("--config " + configFile + ": no such file");
      }
      Settings settings = Settings.load(configFile, System.getenv(), flags.settings(SETTING_FLAGS));
      Backend backend = Backend.of(flags);
      return command.equals("index") ? backend.index(settings, flags, out, err) : ServeCommand.run(backend, settings, out, err);
    } catch (UsageException e) {
      err.println("papersearch " + command + ": " + e.getMessage() + "\n");
      err.print(help);
      return 2;
    } catch (SettingsException e) {
      err.println("papersearch: bad setting: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("papersearch: " + e.getMessage());
      return 3;
    }
  }
}
