package dev.papersearch.cli;

import dev.papersearch.config.Settings;
import dev.papersearch.search.SearchUnavailableException;
import dev.papersearch.solr.client.SolrAdmin;
import dev.papersearch.solr.client.SolrIndexer;
import dev.papersearch.solr.client.SolrNodes;
import dev.papersearch.solr.client.SolrSearcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.solr.common.SolrException;

/**
 * {@code index} and {@code serve} with {@code --backend solr}: the same commands over a SolrCloud
 * collection (config/solr/papers) instead of the embedded index.
 *
 * @param urls the nodes as {@code --solr-url} lists them
 * @param collection the collection to index into and search
 */
record SolrBackend(String urls, String collection) implements Backend {

  static final String FLAGS_HELP =
      """
        --backend B        lucene (default: the embedded index) or solr (a SolrCloud collection)
        --solr-url URLS    with --backend solr: nodes, comma-separated (http://host:8983/solr,...)
        --collection NAME  with --backend solr: the collection (default: papers)
      """;

  /** Papers per update request. */
  private static final int DEFAULT_BATCH = 500;

  /** How long one batch is retried while a node restarts or a shard elects a leader. */
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private SolrNodes nodes(Duration requestTimeout) {
    try {
      return SolrNodes.parse(urls, requestTimeout);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--solr-url: " + e.getMessage());
    }
  }

  /** Sends the corpus to the collection; exit codes as for the embedded index. */
  @Override
  public int index(Settings settings, Args flags, PrintStream out, PrintStream err) {
    Path corpus = settings.corpusDir();
    if (corpus == null) {
      throw new UsageException("index needs --corpus DIR (or the corpus.dir setting)");
    }
    if (!Files.exists(corpus)) {
      throw new UsageException("--corpus " + corpus + ": no such file or folder");
    }
    int batch = flags.has("batch") ? Integer.parseInt(flags.get("batch")) : DEFAULT_BATCH;
    out.printf("Indexing %s into SolrCloud collection %s at %s%n", corpus, collection, urls);
    try (SolrNodes nodes = nodes(Duration.ofSeconds(60))) {
      if (!new SolrAdmin(nodes).exists(collection)) {
        err.println("papersearch: " + noSuchCollection(nodes));
        return 3;
      }
      SolrIndexer.Report report =
          new SolrIndexer(nodes, collection, batch, PATIENCE)
              .index(corpus, IndexCommand.progress(out, err), sent -> {});
      var read = report.corpus();
      out.printf(
          Locale.ROOT,
          "Read %,d files, %,d blocks: %,d papers, %,d problems%n",
          read.files(), read.blocks(), read.papers().size(), read.problems().size());
      out.printf(
          Locale.ROOT,
          "Sent %,d papers in %.2f s (%,.0f papers/s); the collection holds %,d; glossary of %,d entries%n",
          report.sent(), report.millis() / 1e3, report.sent() * 1e3 / Math.max(1, report.millis()),
          report.collectionSize(), report.glossaryEntries());
      return read.problems().isEmpty() ? 0 : 1;
    } catch (SearchUnavailableException | SolrException | IOException e) {
      err.println("papersearch: " + e.getMessage());
      return 3;
    }
  }

  /** Connects to the collection, counts its papers and reads its words; it is ready at once. */
  @Override
  public Serving open(Settings settings, PrintStream out, PrintStream err) {
    SolrNodes nodes = nodes(settings.ops().searchTimeout().plusSeconds(5));
    SolrSearcher searcher = new SolrSearcher(nodes, collection, settings.ops().searchTimeout());
    try {
      if (!new SolrAdmin(nodes).exists(collection)) {
        throw new SolrException(SolrException.ErrorCode.NOT_FOUND, noSuchCollection(nodes));
      }
      int papers = searcher.count();
      // Before the server listens: the first search would otherwise read the whole collection's words.
      searcher.warmUp();
      return new SolrServing(nodes, searcher, collection, papers, out, err);
    } catch (SearchUnavailableException | SolrException e) {
      // serve does not start over a collection it cannot search: nothing will use the clients.
      SolrServing.closeQuietly(nodes, err);
      throw new SearchUnavailableException(e.getMessage(), e);
    }
  }

  private String noSuchCollection(SolrNodes nodes) {
    return "SolrCloud at "
        + String.join(", ", nodes.urls())
        + " has no collection '"
        + collection
        + "'; create it first (solr-cluster create-collection, see the README)";
  }
}
