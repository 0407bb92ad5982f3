package dev.papersearch.bench;

import dev.papersearch.index.Folders;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.index.ParallelWrites;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.Laps;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.typing.Suggestion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;

/** papersearch through the same classes as {@code index} and the API: {@link PaperIndex}, {@link LuceneSearcher}. */
final class PapersearchEngine implements Engine {

  private final Path dir;
  private final PaperIndex index;
  /** As {@code CorpusIndexer} writes: analysis on every core while the feed parses. */
  private final ParallelWrites writes = ParallelWrites.perCore();
  private LuceneSearcher searcher;

  PapersearchEngine(Path dir) {
    this.dir = dir;
    this.index = PaperIndex.open(dir, OpenMode.CREATE);
  }

  @Override
  public void add(Paper paper) {
    writes.submit(() -> index.upsert(paper));
  }

  @Override
  public void finish() {
    writes.await();
    index.commit();
    // Every search of the mix read and built afresh: the mix repeats its 40 texts, which the API's
    // memo would otherwise answer from the second pass on, and a cache must not stand in for search.
    searcher = LuceneSearcher.withoutMemo(index);
  }

  @Override
  public long sizeOnDisk() {
    return Folders.size(dir);
  }

  /** Always rich: the searcher highlights and counts facets on every request, as the API does. */
  @Override
  public Answer search(BenchQuery query, boolean rich) {
    SearchResponse response = searcher.search(request(query));
    return new Answer(response.hits().size(), response.total());
  }

  /** Where the time of {@code query}'s search went, stage by stage ({@link StageCosts}). */
  List<Laps.Lap> laps(BenchQuery query) {
    return searcher.search(request(query)).laps();
  }

  /** The first page of ten in the default order, as the page asks. */
  private static SearchRequest request(BenchQuery query) {
    return new SearchRequest(query.text(), query.dates(), null, 1, 10);
  }

  /** What {@code GET /api/suggest} answers for {@code typed}: the searcher's suggestions, as the API calls it. */
  List<Suggestion> suggest(String typed, int size) {
    return searcher.suggest(typed, size);
  }

  @Override
  public void close() throws IOException {
    writes.close();
    index.close();
  }
}
