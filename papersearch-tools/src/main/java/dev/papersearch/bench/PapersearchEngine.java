package dev.papersearch.bench;

import dev.papersearch.index.Folders;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.index.ParallelWrites;
import dev.papersearch.ingest.Paper;
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
    searcher = new LuceneSearcher(index);
  }

  @Override
  public long sizeOnDisk() {
    return Folders.size(dir);
  }

  /** Always rich: the searcher highlights and counts facets on every request, as the API does. */
  @Override
  public Answer search(BenchQuery query, boolean rich) {
    SearchResponse response = searcher.search(new SearchRequest(query.text(), query.dates(), null, 1, 10));
    return new Answer(response.hits().size(), response.total());
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
