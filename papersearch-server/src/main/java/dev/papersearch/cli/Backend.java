package dev.papersearch.cli;

import dev.papersearch.config.Settings;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where {@code index} writes and {@code serve} searches: the embedded Lucene index, or a SolrCloud
 * collection. Each owns its start-up, what {@code /ready} and {@code /metrics} tell of it, and its
 * shutdown; the API above it is the same.
 */
sealed interface Backend permits Backend.Embedded, SolrBackend {

  /** Runs {@code index}; the exit code as {@link IndexCommand} documents it. */
  int index(Settings settings, Args flags, PrintStream out, PrintStream err);

  /** Runs {@code serve}; a running server returns 0 and keeps the JVM alive until stopped. */
  int serve(Settings settings, PrintStream out, PrintStream err);

  /** The embedded index in {@code index.dir}. */
  record Embedded() implements Backend {

    @Override
    public int index(Settings settings, Args flags, PrintStream out, PrintStream err) {
      return IndexCommand.run(settings, flags.has("rebuild"), out, err);
    }

    @Override
    public int serve(Settings settings, PrintStream out, PrintStream err) {
      return ServeCommand.run(settings, out);
    }
  }

  /** The valued flags of a command plus the backends'. */
  static Set<String> withFlags(Set<String> flags) {
    Set<String> all = new HashSet<>(flags);
    all.addAll(Set.of("backend", "solr-url", "collection"));
    return all;
  }

  /** The backend the flags ask for ({@code --backend lucene}, the default, or {@code solr}). */
  static Backend of(Args flags) {
    String backend = flags.has("backend") ? flags.get("backend").toLowerCase(Locale.ROOT) : "lucene";
    return switch (backend) {
      case "lucene" -> {
        if (flags.has("solr-url") || flags.has("collection") || flags.has("batch")) {
          throw new UsageException("--solr-url, --collection and --batch need --backend solr");
        }
        yield new Embedded();
      }
      case "solr" -> {
        if (!flags.has("solr-url")) {
          throw new UsageException("--backend solr needs --solr-url URL[,URL...]");
        }
        if (flags.has("index") || flags.has("watch") || flags.has("batch") && !flags.get("batch").matches("[1-9][0-9]{0,5}")) {
          throw new UsageException(
              flags.has("batch") ? "--batch must be a number of papers from 1 to 999999" : "--index and --watch are for the embedded backend");
        }
        yield new SolrBackend(flags.get("solr-url"), flags.has("collection") ? flags.get("collection") : "papers");
      }
      default -> throw new UsageException("--backend must be lucene or solr, not '" + flags.get("backend") + "'");
    };
  }
}
