package dev.papersearch.index;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.GlossaryMiner;
import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.ingest.Paper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
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
  private final Analyzer queryAnalyzer;
  private volatile Glossary glossary;

  /**
   * BM25 with term-frequency saturation a little earlier than Lucene's default (k1 0.9 instead of
   * 1.2): machine-written summaries repeat their key terms, and repetition says little more. Chosen
   * on the dev set and KorQuAD together (see docs/relevance.md).
   */
  static final Similarity SIMILARITY = new BM25Similarity(0.9f, 0.75f);

  /** The mined glossary lives beside the Lucene files; Lucene leaves files it does not own alone. */
  static final String GLOSSARY_FILE = "glossary.tsv";

  private PaperIndex(Path path, IndexWriterConfig.OpenMode mode, KoreanOptions korean) throws IOException {
    this.path = path;
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    this.analyzer = PaperDocuments.analyzer(korean);
    this.queryAnalyzer = PaperDocuments.queryAnalyzer(korean);
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode).setSimilarity(SIMILARITY);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    this.searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(SIMILARITY);
                return searcher;
              }
            });
    this.glossary = Glossary.read(path.resolve(GLOSSARY_FILE));
  }

  /** Opens the index at {@code path}, creating it when there is none; existing papers are kept. */
  public static PaperIndex open(Path path) {
    return open(path, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  /** Opens the index at {@code path} with an explicit open mode. */
  public static PaperIndex open(Path path, IndexWriterConfig.OpenMode mode) {
    return open(path, mode, KoreanOptions.SHIPPED);
  }

  /** Opens the index with other Korean analysis options; for comparisons only. */
  public static PaperIndex open(Path path, IndexWriterConfig.OpenMode mode, KoreanOptions korean) {
    try {
      return new PaperIndex(path, mode, korean);
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

  /** The analyzer the index was written with. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The analyzer for queries against this index. */
  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  /** Adds the paper, replacing any paper with the same id. */
  public void upsert(Paper paper) {
    try {
      writer.updateDocument(new Term(Fields.ID, paper.id()), PaperDocuments.toDocument(paper));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to index at " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes every write so far durable and visible to new searchers, and mines the glossary again from
   * all indexed summaries so that it always matches what can be found.
   */
  public void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
      Glossary mined = mineGlossary();
      mined.write(path.resolve(GLOSSARY_FILE));
      glossary = mined;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit index at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Korean–English term pairs mined from the indexed summaries at the last commit. */
  public Glossary glossary() {
    return glossary;
  }

  private Glossary mineGlossary() throws IOException {
    GlossaryMiner miner = new GlossaryMiner();
    IndexSearcher searcher = acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      Set<String> summaryOnly = Set.of(Fields.SUMMARY);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          miner.add(stored.document(doc, summaryOnly).get(Fields.SUMMARY));
        }
      }
    } finally {
      release(searcher);
    }
    return miner.glossary();
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
