package dev.papersearch.web;

import dev.papersearch.ingest.Paper;
import dev.papersearch.search.RelatedPapers;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.Searcher;
import dev.papersearch.typing.Suggestion;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real searcher, noting the query of every search that reaches the server, so browser tests can
 * count requests; {@link #holdNext()} keeps the next answer back until the test lets it go.
 */
final class RecordingSearcher implements Searcher {

  private final Searcher searcher;
  private final List<String> queries = new CopyOnWriteArrayList<>();
  private final AtomicReference<CountDownLatch> gate = new AtomicReference<>();

  RecordingSearcher(Searcher searcher) {
    this.searcher = searcher;
  }

  /** The queries searched so far, oldest first. */
  List<String> queries() {
    return List.copyOf(queries);
  }

  /** Holds the next search until the returned latch is counted down (at most 20 s). */
  CountDownLatch holdNext() {
    CountDownLatch latch = new CountDownLatch(1);
    gate.set(latch);
    return latch;
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    queries.add(request.query());
    CountDownLatch latch = gate.getAndSet(null);
    if (latch != null) {
      try {
        latch.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return searcher.search(request);
  }

  @Override
  public List<Suggestion> suggest(String query, int size) {
    return searcher.suggest(query, size);
  }

  @Override
  public Optional<Paper> paper(String id) {
    return searcher.paper(id);
  }

  @Override
  public Optional<RelatedPapers.Related> related(String id, int size) {
    return searcher.related(id, size);
  }

  @Override
  public int count() {
    return searcher.count();
  }
}
