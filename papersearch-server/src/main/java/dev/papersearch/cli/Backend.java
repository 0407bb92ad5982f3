package dev.papersearch.cli;

import dev.papersearch.api.BackendStats;
import dev.papersearch.api.Readiness;
import dev.papersearch.api.Service;
import dev.papersearch.config.Settings;
import dev.papersearch.index.LiveIndexer;
import dev.papersearch.search.SearchUnavailableException;
import dev.papersearch.search.Searcher;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@code index} writes and {@code serve} searches, as {@code --backend} chooses: the embedded
 * Lucene index, or a SolrCloud collection. {@link #open} starts one for {@code serve}; the {@link
 * Serving} it returns owns the rest of that backend's life, so the API above it is the same.
 */
sealed interface Backend permits Backend.Embedded, SolrBackend {

  /** Runs {@code index}; the exit code as {@link IndexCommand} documents it. */
  int index(Settings settings, Args flags, PrintStream out, PrintStream err);

  /**
   * Opens the backend before the HTTP server listens: what can fail at once fails here, before a
   * port is taken.
   *
   * @throws SearchUnavailableException when the backend cannot be reached
   */
  Serving open(Settings settings, PrintStream out, PrintStream err);

  /**
   * A backend open for {@code serve}: what the API searches and reads of it, how it becomes ready
   * once the server listens, and its shutdown. {@code serve} drives every backend the same way:
   * {@link #serve}, then on SIGTERM {@link #drain}, stop the HTTP server, {@link #close}.
   */
  sealed interface Serving extends AutoCloseable permits EmbeddedServing, SolrServing {

    Searcher searcher();

    /** The backend's numbers, as {@code /ready} and {@code /metrics} show them. */
    BackendStats stats();

    /** Whether the backend should get traffic now, as {@code /ready} says. */
    Readiness readiness();

    /** How the admin routes change the index; empty where nothing can. */
    Optional<LiveIndexer> live();

    /** What the API reads and drives of this backend besides searching. */
    default Service service() {
      return new Service(this::stats, live(), readiness());
    }

    /**
     * Makes the backend ready, the HTTP server listening on {@code port} meanwhile, and says so with
     * the {@code Serving … on http://localhost:PORT/} line that scripts and tests wait for; returns at
     * once when a stop came first.
     */
    void serve(int port);

    /**
     * The first step of stopping, while the HTTP server still answers: {@code /ready} turns 503 and
     * background writes finish what they are applying. Does nothing the second time.
     */
    void drain();

    /** Drains if that was not done, then closes the index or the clients; the server has stopped. */
    @Override
    void close();
  }

  /** The embedded index in {@code index.dir}. */
  record Embedded() implements Backend {

    @Override
    public int index(Settings settings, Args flags, PrintStream out, PrintStream err) {
      return IndexCommand.run(settings, flags.has("rebuild"), out, err);
    }

    @Override
    public Serving open(Settings settings, PrintStream out, PrintStream err) {
      return EmbeddedServing.open(settings, out, err);
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
