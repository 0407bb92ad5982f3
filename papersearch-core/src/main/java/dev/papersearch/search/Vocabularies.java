package dev.papersearch.search;

import dev.papersearch.index.DaemonThreads;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.typing.Vocabulary;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Vocabulary} of an index as it changes: made once before the first search, then made
 * again in the background after each refresh while searches go on with the one before. Making one
 * reads every stored title (a fifth of a second on the real corpus), which no search should wait for
 * when the watcher adds a day; a day's words missing for that long costs nothing.
 */
final class Vocabularies {

  private static final Logger LOG = LoggerFactory.getLogger(Vocabularies.class);

  /** One thread for every index of the process: vocabularies are made one at a time. */
  private static final ExecutorService MAKER = Executors.newSingleThreadExecutor(DaemonThreads.named("vocabulary", false));

  private record Made(IndexReader reader, Vocabulary words) {}

  private final PaperIndex index;
  private volatile Made current;
  private final AtomicBoolean making = new AtomicBoolean();

  Vocabularies(PaperIndex index) {
    this.index = index;
  }

  /** The vocabulary to read words typed against {@code reader} with: its own, or the last one made. */
  Vocabulary of(IndexReader reader) {
    Made made = current;
    if (made == null) {
      synchronized (this) {
        if (current == null) {
          current = new Made(reader, Vocabulary.of(reader));
        }
        return current.words();
      }
    }
    if (made.reader() != reader && making.compareAndSet(false, true)) {
      MAKER.execute(this::makeLatest);
    }
    return made.words();
  }

  /**
   * Makes the first vocabulary on the maker's thread, so that a warm-up builds its queries meanwhile;
   * a search that needs it first waits for it.
   */
  void makeFirstSoon() {
    MAKER.execute(
        () -> {
          try {
            IndexSearcher searcher = index.acquire(); // closed already when a start is stopped at once
            try {
              of(searcher.getIndexReader());
            } finally {
              index.release(searcher);
            }
          } catch (RuntimeException e) {
            LOG.warn("making the vocabulary of {} failed; the first search makes it", index, e);
          }
        });
  }

  private void makeLatest() {
    IndexSearcher searcher = index.acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      if (current.reader() != reader) {
        current = new Made(reader, Vocabulary.of(reader));
      }
    } catch (RuntimeException e) {
      LOG.warn("making the vocabulary of {} failed; searches keep the one before", index, e);
    } finally {
      index.release(searcher);
      making.set(false);
    }
  }
}
