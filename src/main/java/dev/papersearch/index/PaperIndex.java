package dev.papersearch.index;

import dev.papersearch.ingest.Paper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The paper index on disk: the one owner of its {@link IndexWriter} and of the {@link
 * SearcherManager} that searches go through.
 *
 * <p>Papers are written with {@link IndexWriter#updateDocument} keyed by arXiv id, so indexing the
 * same corpus twice leaves the same papers. Searches {@link #acquire()} a searcher and must {@link
 * #release} it; {@link #commit()} makes writes durable and visible.
 */
public final class PaperIndex implements Closeable {

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;

  private PaperIndex(Path path, IndexWriterConfig.OpenMode mode) throws IOException {
    this.path = path;
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    this.analyzer = PaperDocuments.analyzer();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens the index at {@code path}, creating it when there is none; existing papers are kept. */
  public static PaperIndex open(Path path) {
    return open(path, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  /** Opens the index at {@code path} with an explicit open mode. */
  public static PaperIndex open(Path path, IndexWriterConfig.OpenMode mode) {
    try {
      return new PaperIndex(path, mode);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code path} holds a committed index. */
  public static boolean exists(Path path) {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(path)) {
      return DirectoryReader.indexExists(dir);
    } catch (IOException e) {
      return false;
    }
  }

  public Path path() {
    return path;
  }

  /** The analyzer the index was written with, for building queries. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Adds the paper, replacing any paper with the same id. */
  public void upsert(Paper paper) {
    try {
      writer.updateDocument(new Term(Fields.ID, paper.id()), PaperDocuments.toDocument(paper));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to index at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Makes every write so far durable and visible to new searchers. */
  public void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit index at " + path + ": " + e.getMessage(), e);
    }
  }

  /** A searcher over the latest refreshed state; give it back with {@link #release}. */
  public IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of papers visible to searchers. */
  public int count() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      writer.close();
      directory.close();
    }
  }
}
