package dev.papersearch.web;

import dev.papersearch.api.ApiServer;
import dev.papersearch.config.Settings;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.LuceneSearcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.List;

/**
 * What the browser tests run against: the real server on a free port over an index (the bundled
 * sample and hostile fixtures, or the real corpus), allowing cross-origin use from {@link HostPage}.
 */
final class SampleSite implements AutoCloseable {

  final PaperIndex index;
  final RecordingSearcher searcher;
  final HostPage host;
  private final Javalin app;

  SampleSite(PaperIndex index) {
    this.index = index;
    this.searcher = new RecordingSearcher(new LuceneSearcher(index));
    this.host = HostPage.start();
    this.app =
        ApiServer.create(searcher, Settings.defaults().withPort(0).withCorsOrigins(List.of(host.origin()))).start();
  }

  /** The server's base URL, without a trailing slash. */
  String base() {
    return "http://localhost:" + app.port();
  }

  String url(String pathAndQuery) {
    return base() + pathAndQuery;
  }

  @Override
  public void close() throws IOException {
    app.stop();
    host.close();
    index.close();
  }
}
