package dev.papersearch.api;

import dev.papersearch.index.PaperIndex;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@code /ready} and {@code /metrics} tell of the backend behind the API, whichever it is: the
 * embedded index knows all of it, a SolrCloud collection only how many papers it has.
 *
 * @param papers papers searches can find
 * @param bytes size of the index on disk, when known
 * @param lastCommit when papers were last committed, when known
 * @param refreshes searcher refreshes since start, when known
 * @param writeFailure why the index takes no more writes, if it does not
 */
public record BackendStats(
    int papers, OptionalLong bytes, Optional<Instant> lastCommit, OptionalLong refreshes, Optional<String> writeFailure) {

  /** The embedded index's numbers. */
  public static BackendStats of(PaperIndex.Stats stats) {
    return new BackendStats(
        stats.papers(), OptionalLong.of(stats.bytes()), stats.lastCommit(), OptionalLong.of(stats.refreshes()), stats.writeFailure());
  }

  /** A backend that knows only how many papers it has. */
  public static BackendStats ofPapers(int papers) {
    return new BackendStats(papers, OptionalLong.empty(), Optional.empty(), OptionalLong.empty(), Optional.empty());
  }
}
