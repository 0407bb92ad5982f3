package dev.papersearch.support;

import dev.papersearch.api.ApiServer;
import dev.papersearch.config.Settings;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.LuceneSearcher;
import io.javalin.Javalin;
import java.io.IOException;

/**
 * The API server on a free port over an index, as the HTTP tests run it, with a client for it; closing
 * it stops the server and closes the index.
 */
public final class ServedIndex implements AutoCloseable {

  private final PaperIndex index;
  private final Javalin app;
  private final Http http;

  private ServedIndex(PaperIndex index, Javalin app) {
    this.index = index;
    this.app = app;
    this.http = new Http(app.port());
  }

  /** Serves {@code index} with {@code settings}, on a free port whatever they say. */
  public static ServedIndex start(PaperIndex index, Settings settings) {
    return new ServedIndex(index, ApiServer.create(new LuceneSearcher(index), settings.withPort(0)).start());
  }

  public Http http() {
    return http;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() throws IOException {
    try {
      app.stop();
    } finally {
      index.close();
    }
  }
}
