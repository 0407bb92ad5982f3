package dev.papersearch.bench;

import dev.papersearch.ingest.Paper;
import java.io.Closeable;

/**
 * A search system under benchmark. It is written once ({@link #add} every paper, then {@link
 * #finish}) and then answers the query mix.
 */
interface Engine extends Closeable {

  /** What one query returned: hits on the first page and matches in all. */
  record Answer(int hits, long total) {
    static final Answer NONE = new Answer(0, 0);
  }

  void add(Paper paper);

  /** Makes everything added durable and searchable. */
  void finish();

  /** Bytes the finished index takes on disk. */
  long sizeOnDisk();

  /**
   * Runs one query for a first page of ten.
   *
   * @param rich also highlight the title and summary of each hit and count year/month/day facets
   *     over every match, as the papersearch API always does
   */
  Answer search(BenchQuery query, boolean rich);
}
