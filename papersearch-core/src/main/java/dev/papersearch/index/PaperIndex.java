package dev.papersearch.index;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.GlossaryMiner;
import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.analysis.SummaryWords;
import dev.papersearch.config.RelevanceProfile;
import dev.papersearch.ingest.Paper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper index on disk: the one owner of its {@link IndexWriter} and of the {@link
 * SearcherManager} that searches go through.
 *
 * <p>Papers are written with {@link IndexWriter#updateDocument} keyed by arXiv id, so indexing the
 * same corpus twice leaves the same papers. Searches {@link #acquire()} a searcher and must {@link
 * #release} it; {@link #commit()} makes writes durable and visible. Searchers are refreshed only
 * after a commit, so a search sees one commit or the next, never writes in between.
 *
 * <p>Nothing is committed implicitly: closing drops uncommitted writes, so a failed run leaves the
 * previous commit as it was. {@link #update} is the safe way to write: a failure inside it drops
 * the batch and stops further writes until restart, while searches go on over the last commit.
 */
public final class PaperIndex implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(PaperIndex.class);

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;

  /**
   * The index's analyzer when it reads summaries as the glossary miner does, so that the words the
   * miner counts are kept at indexing ({@link PaperDocuments#toDocument}); {@code null} otherwise.
   */
  private final Analyzer summaryReader;
  private final Analyzer queryAnalyzer;
  private volatile Glossary glossary;
  private final AtomicLong refreshes = new AtomicLong();
  private volatile Instant lastCommit;
  private volatile RuntimeException failure;
  private final Object glossaryLock = new Object();
  private final AtomicBoolean miningQueued = new AtomicBoolean();
  /** Mines in the background for {@link GlossaryMining#IN_BACKGROUND}; made on first use. */
  private ExecutorService glossaryMiner;

  /** When the commit was made, in its user data: the last index time survives restarts. */
  private static final String COMMITTED_AT = "committed_at";

  /**
   * Before a day in the commit's user data, its files' fingerprint: what the index holds of the day
   * was read from exactly those bytes, so a restart can tell which days changed while it was down.
   */
  private static final String DAY_PREFIX = "day/";

  /** The day fingerprints of the last commit. */
  private volatile SortedMap<LocalDate, String> committedDays;

  /** The day fingerprints the next commit writes; changed by writers inside {@link #update}. */
  private final SortedMap<LocalDate, String> stagedDays = new TreeMap<>();

  /** BM25 as the relevance profile sets it (config/relevance.properties; see docs/relevance.md). */
  static final Similarity SIMILARITY = RelevanceProfile.SHIPPED.similarity();

  /** The mined glossary lives beside the Lucene files; Lucene leaves files it does not own alone. */
  static final String GLOSSARY_FILE = "glossary.tsv";

  private PaperIndex(Path path, IndexWriterConfig.OpenMode mode, KoreanOptions korean) throws IOException {
    this.path = path;
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    this.analyzer = PaperDocuments.analyzer(korean);
    this.queryAnalyzer = PaperDocuments.queryAnalyzer(korean);
    this.summaryReader = korean.equals(KoreanOptions.SHIPPED) ? analyzer : null;
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode).setSimilarity(SIMILARITY);
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(false);
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
    Map<String, String> userData = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> userData.put(e.getKey(), e.getValue()));
    }
    String committedAt = userData.get(COMMITTED_AT);
    this.lastCommit = committedAt == null ? null : Instant.ofEpochMilli(Long.parseLong(committedAt));
    userData.forEach(
        (key, value) -> {
          if (key.startsWith(DAY_PREFIX)) {
            stagedDays.put(LocalDate.parse(key.substring(DAY_PREFIX.length())), value);
          }
        });
    this.committedDays = Collections.unmodifiableSortedMap(new TreeMap<>(stagedDays));
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
      throw new UncheckedIOException("cannot open index at " + path + ": " + describe(e), e);
    }
  }

  /** Java says only the file when permission is denied; the reader needs to know why too. */
  private static String describe(IOException e) {
    return e instanceof AccessDeniedException ? "permission denied for " + e.getMessage() : e.getMessage();
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

  /** Adds the paper listed on its own day only, replacing any paper with the same id. */
  public void upsert(Paper paper) {
    upsert(paper, new TreeSet<>(List.of(PaperDocuments.dayOf(paper))));
  }

  /** Adds the paper listed on {@code days}, replacing any paper with the same id. */
  public void upsert(Paper paper, SortedSet<LocalDate> days) {
    write(() -> writer.updateDocument(new Term(Fields.ID, paper.id()), PaperDocuments.toDocument(paper, days, summaryReader)));
  }

  /** Removes the paper with this id, if there is one. */
  public void delete(String id) {
    write(() -> writer.deleteDocuments(new Term(Fields.ID, id)));
  }

  /** Removes every paper and day fingerprint; searchers still see them until the next commit. */
  public void deleteAll() {
    write(writer::deleteAll);
    synchronized (stagedDays) {
      stagedDays.clear();
    }
  }

  /**
   * Records that the index now holds {@code day} as read from files with this fingerprint; {@code
   * null} forgets the day (no file lists it). Written with the next commit.
   */
  public void fingerprintDay(LocalDate day, String fingerprint) {
    synchronized (stagedDays) {
      if (fingerprint == null) {
        stagedDays.remove(day);
      } else {
        stagedDays.put(day, fingerprint);
      }
    }
  }

  /**
   * The fingerprint of each day's files as of the last commit (see {@link #fingerprintDay}); empty for
   * an index written before fingerprints were kept.
   */
  public SortedMap<LocalDate, String> dayFingerprints() {
    return committedDays;
  }

  /** Every day some paper of the last commit is listed on. */
  public SortedSet<LocalDate> daysListed() {
    IndexSearcher searcher = acquire();
    try {
      SortedSet<LocalDate> days = new TreeSet<>();
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.DAYS);
      if (terms != null) {
        TermsEnum term = terms.iterator();
        for (BytesRef day = term.next(); day != null; day = term.next()) {
          // A term outlives its deleted documents until a merge; only live papers count.
          if (searcher.count(new TermQuery(new Term(Fields.DAYS, BytesRef.deepCopyOf(day)))) > 0) {
            days.add(LocalDate.parse(day.utf8ToString()));
          }
        }
      }
      return days;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index at " + path + ": " + describe(e), e);
    } finally {
      release(searcher);
    }
  }

  private interface Write {
    void run() throws IOException;
  }

  private void write(Write write) {
    if (failure != null) {
      throw new IllegalStateException(
          "index at " + path + " takes no more writes after an earlier failure (" + failure.getMessage()
              + "); restart to recover",
          failure);
    }
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to index at " + path + ": " + describe(e), e);
    } catch (AlreadyClosedException e) {
      // Another thread's write failed and closed the writer: report what went wrong there.
      Throwable tragic = writer.getTragicException();
      if (tragic instanceof IOException io) {
        throw new UncheckedIOException("cannot write to index at " + path + ": " + describe(io), io);
      }
      throw e;
    }
  }

  /** When the glossary is mined again after a commit. */
  public enum GlossaryMining {
    /** Before the commit returns, so that a finished command leaves a matching glossary. */
    NOW,
    /**
     * On a background thread, coalescing commits that come while it runs: a live update must not
     * wait for a pass over every summary before the next day can be applied.
     */
    IN_BACKGROUND
  }

  /**
   * Runs {@code writes} and commits them as one unit, so searchers see all of them or none. When
   * anything fails, the writes since the last commit are dropped, the index takes no more writes
   * (searches go on over the last commit) and the failure is rethrown.
   */
  public <T> T update(Supplier<T> writes) {
    return update(writes, GlossaryMining.NOW);
  }

  /** {@link #update(Supplier)}, with the glossary mined as {@code mining} says. */
  public synchronized <T> T update(Supplier<T> writes, GlossaryMining mining) {
    try {
      T result = writes.get();
      commitAndRefresh();
      if (mining == GlossaryMining.NOW) {
        mineGlossary();
      }
      return result;
    } catch (RuntimeException e) {
      fail(e);
      throw e;
    } catch (Error e) {
      // Out of memory half way through a batch: the batch must not be committed by the next one.
      fail(new IllegalStateException("a write failed: " + e, e));
      throw e;
    } finally {
      if (mining == GlossaryMining.IN_BACKGROUND && failure == null) {
        mineGlossarySoon();
      }
    }
  }

  private void fail(RuntimeException cause) {
    synchronized (stagedDays) {
      stagedDays.clear();
      stagedDays.putAll(committedDays);
    }
    if (failure == null) {
      failure = cause;
      try {
        writer.rollback();
      } catch (IOException | RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }

  /** Why the index stopped taking writes, if it did. */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Makes every write so far durable and visible to new searchers, and mines the glossary again from
   * all indexed summaries so that it always matches what can be found.
   */
  public void commit() {
    commitAndRefresh();
    mineGlossary();
  }

  private void commitAndRefresh() {
    Instant now = Instant.now();
    SortedMap<LocalDate, String> days;
    synchronized (stagedDays) {
      days = Collections.unmodifiableSortedMap(new TreeMap<>(stagedDays));
    }
    Map<String, String> userData = new HashMap<>();
    userData.put(COMMITTED_AT, Long.toString(now.toEpochMilli()));
    days.forEach((day, fingerprint) -> userData.put(DAY_PREFIX + day, fingerprint));
    write(
        () -> {
          writer.setLiveCommitData(userData.entrySet());
          writer.commit();
          searchers.maybeRefreshBlocking();
        });
    refreshes.incrementAndGet();
    lastCommit = now;
    committedDays = days;
  }

  /** Mines the glossary from what searchers see now and writes it beside the index. */
  private void mineGlossary() {
    synchronized (glossaryLock) {
      try {
        Glossary mined = mine();
        writeGlossary(mined);
        glossary = mined;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the glossary of index at " + path + ": " + describe(e), e);
      }
    }
  }

  /** Called from {@link #update} only, which holds this object's lock for the miner field. */
  private void mineGlossarySoon() {
    if (glossaryMiner == null) {
      glossaryMiner = Executors.newSingleThreadExecutor(DaemonThreads.named("glossary-miner", false));
    }
    if (!miningQueued.getAndSet(true)) {
      glossaryMiner.execute(
          () -> {
            miningQueued.set(false);
            try {
              mineGlossary();
            } catch (RuntimeException e) {
              // The old glossary stays; the next commit tries again.
              LOG.warn("mining the glossary of {} failed", path, e);
            }
          });
    }
  }

  /** Written beside and moved into place, so a crash never leaves half a glossary to read at start. */
  private void writeGlossary(Glossary mined) throws IOException {
    Path target = path.resolve(GLOSSARY_FILE);
    Path temp = path.resolve(GLOSSARY_FILE + ".tmp");
    mined.write(temp);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Korean–English term pairs mined from the indexed summaries at the last commit. */
  public Glossary glossary() {
    return glossary;
  }

  /** Every summary read and mined, a slice of the doc ids per core, and the counts added up. */
  private Glossary mine() {
    IndexSearcher searcher = acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      int slices = Runtime.getRuntime().availableProcessors();
      int step = (reader.maxDoc() + slices - 1) / slices;
      GlossaryMiner miner = new GlossaryMiner();
      IntStream.range(0, slices)
          .parallel()
          .mapToObj(s -> mine(reader, s * step, Math.min(reader.maxDoc(), (s + 1) * step)))
          .toList()
          .forEach(miner::addAll);
      return miner.glossary();
    } finally {
      release(searcher);
    }
  }

  /** The stored fields the glossary is mined from. */
  private static final Set<String> TITLE_AND_SUMMARY = PaperDocuments.withSummaryParts(Fields.TITLE);

  private static GlossaryMiner mine(IndexReader reader, int from, int to) {
    GlossaryMiner miner = new GlossaryMiner();
    try {
      StoredFields stored = reader.storedFields(); // one per thread: it is not thread-safe
      BinaryDocValues summaryWords = MultiDocValues.getBinaryValues(reader, Fields.SUMMARY_WORDS); // so is this
      Bits live = MultiBits.getLiveDocs(reader);
      for (int doc = from; doc < to; doc++) {
        if (live == null || live.get(doc)) {
          Document paper = stored.document(doc, TITLE_AND_SUMMARY);
          SummaryWords words =
              summaryWords != null && summaryWords.advanceExact(doc) ? SummaryWords.decode(summaryWords.binaryValue()) : null;
          miner.addPaper(paper.get(Fields.TITLE), PaperDocuments.summaryOf(paper), words);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return miner;
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

  /** The index's numbers as operators watch them. */
  public Stats stats() {
    return new Stats(
        count(), sizeBytes(), Optional.ofNullable(lastCommit), refreshes.get(), failure().map(Throwable::getMessage));
  }

  /**
   * How the index is doing.
   *
   * @param papers papers visible to searchers
   * @param bytes size of the files in the index folder
   * @param lastCommit when papers were last committed, also across restarts
   * @param refreshes searcher refreshes since the index was opened
   * @param writeFailure why the index takes no more writes, if it does not
   */
  public record Stats(int papers, long bytes, Optional<Instant> lastCommit, long refreshes, Optional<String> writeFailure) {}

  /** Size of the files in the index folder. */
  public long sizeBytes() {
    return Folders.size(path);
  }

  /**
   * Closes searchers and the writer after an update in progress has committed and a glossary being
   * mined is written; writes not committed are dropped.
   */
  @Override
  public synchronized void close() throws IOException {
    if (glossaryMiner != null) {
      glossaryMiner.shutdown();
      try {
        glossaryMiner.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      searchers.close();
    } finally {
      writer.close();
      directory.close();
    }
  }
}
