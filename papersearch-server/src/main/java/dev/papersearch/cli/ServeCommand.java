package dev.papersearch.cli;

import dev.papersearch.api.ApiServer;
import dev.papersearch.config.Settings;
import dev.papersearch.search.SearchUnavailableException;
import io.javalin.Javalin;
import java.io.PrintStream;

/** {@code serve}: open the backend {@code --backend} chose, answer HTTP requests from it, close it on SIGTERM. */
final class ServeCommand {

  static final String HELP =
      """
      Usage: papersearch serve [--index DIR] [--port N] [--host H] [--corpus DIR [--watch]] [--config FILE]
             papersearch serve --backend solr --solr-url URL[,URL...] [--collection NAME] [--port N] [--host H]

      Serves the search API and page over HTTP.

        --index DIR    index folder (setting index.dir, default: index)
        --port N       port, 0 for any free one (setting server.port, default: 7070)
        --host H       interface to listen on (setting server.host, default: 0.0.0.0)
        --corpus DIR   index these digests before serving (setting corpus.dir)
        --watch        keep indexing new and changed digests of --corpus (setting corpus.watch)
        --config FILE  settings file (default: config/papersearch.properties)
      %s
      With --backend solr the same API answers from a SolrCloud collection (see 'solr-cluster' in the
      README); a search goes to the listed nodes in turn until one answers.

      With no index and no corpus, the small sample bundled in the jar is indexed first, so a fresh
      checkout shows something. The server answers at once; GET /ready says 503 until the index is
      loaded, and so does a search while no paper is indexed yet. SIGTERM stops it gracefully: requests in flight finish, the index is closed.
      Every setting can also come from an environment variable: PAPERSEARCH_ and the key in upper
      case, e.g. PAPERSEARCH_SERVER_PORT=8080 or PAPERSEARCH_ADMIN_TOKEN.
      """
          .formatted(SolrBackend.FLAGS_HELP);

  private ServeCommand() {}

  /** Serves from {@code backend}; returns the exit code (a running server returns 0 and keeps the JVM alive until stopped). */
  static int run(Backend backend, Settings settings, PrintStream out, PrintStream err) {
    Backend.Serving serving;
    try {
      serving = backend.open(settings, out, err);
    } catch (SearchUnavailableException e) {
      err.println("papersearch: " + e.getMessage());
      return 3;
    }
    Javalin app = ApiServer.create(serving.searcher(), settings, serving.service()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(serving, app, out), "papersearch-shutdown"));
    serving.serve(app.port());
    return 0;
  }

  /**
   * The backend stops taking traffic and background writes first, while the HTTP server still
   * answers; then the HTTP server lets the requests in flight finish; only then is the backend closed.
   */
  private static void stop(Backend.Serving serving, Javalin app, PrintStream out) {
    serving.drain();
    app.stop();
    serving.close();
    out.flush();
  }
}
