package dev.papersearch.cli;

import dev.papersearch.api.ApiServer;
import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.search.LuceneSearcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code serve}: open (or first build) the index and answer HTTP requests. */
final class ServeCommand {

  static final String HELP =
      """
      Usage: papersearch serve [--index DIR] [--port N] [--host H] [--corpus DIR] [--config FILE]

      Serves the search API and page over HTTP.

        --index DIR    index folder (setting index.dir, default: index)
        --port N       port, 0 for any free one (setting server.port, default: 7070)
        --host H       interface to listen on (setting server.host, default: 0.0.0.0)
        --corpus DIR   index these digests before serving (setting corpus.dir)
        --config FILE  settings file (default: config/papersearch.properties)

      With no index and no corpus, the small sample bundled in the jar is indexed first, so a fresh
      checkout shows something. Every setting can also come from an environment variable:
      PAPERSEARCH_ and the key in upper case, e.g. PAPERSEARCH_SERVER_PORT=8080.
      """;

  private ServeCommand() {}

  static int run(Settings settings, PrintStream out) {
    boolean existed = PaperIndex.exists(settings.indexDir());
    PaperIndex index = PaperIndex.open(settings.indexDir());
    Path corpus = settings.corpusDir();
    if (corpus != null) {
      if (!Files.exists(corpus)) {
        throw new UsageException("--corpus " + corpus + ": no such file or folder");
      }
      indexCorpus(index, corpus, out);
    } else if (!existed) {
      out.println("No index at " + settings.indexDir() + " and no --corpus: indexing the bundled sample.");
      indexCorpus(index, SampleCorpus.path(), out);
    }
    Javalin app = ApiServer.create(new LuceneSearcher(index), settings).start();
    out.printf(
        "Serving %,d papers from %s on http://localhost:%d/%n", index.count(), settings.indexDir(), app.port());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
                    index.close();
                  } catch (IOException e) {
                    System.err.println("papersearch: closing the index failed: " + e.getMessage());
                  }
                },
                "papersearch-shutdown"));
    return 0;
  }

  private static void indexCorpus(PaperIndex index, Path corpus, PrintStream out) {
    CorpusIndexer.Report report =
        new CorpusIndexer(index)
            .index(
                corpus,
                file -> file.problems().forEach(p -> System.err.println(p)));
    out.printf(
        "Indexed %,d papers from %,d files of %s (%,d problems) in %.2f s%n",
        report.corpus().papers().size(),
        report.corpus().files(),
        corpus,
        report.corpus().problems().size(),
        report.millis() / 1e3);
  }
}
