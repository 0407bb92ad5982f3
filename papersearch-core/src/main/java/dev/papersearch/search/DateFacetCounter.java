package dev.papersearch.search;

import dev.papersearch.index.Fields;
import dev.papersearch.search.SearchResponse.DateFacets;
import dev.papersearch.search.SearchResponse.FacetBucket;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts matches per year, month and (on request) day from the sorted-set facet fields.
 *
 * <p>The facet ordinal map is built once per index reader (it costs a pass over the doc values) and
 * reused until the searcher manager hands out a newer reader.
 */
final class DateFacetCounter {

  private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private volatile Cached cached;

  /** Years and months of {@code matches}, and their days when {@code days} is set. */
  DateFacets count(IndexReader reader, FacetsCollector matches, boolean days) throws IOException {
    if (reader.numDocs() == 0) {
      return new DateFacets(List.of(), List.of(), List.of());
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state(reader), matches);
    return new DateFacets(
        buckets(facets, Fields.FACET_YEAR),
        buckets(facets, Fields.FACET_MONTH),
        days ? buckets(facets, Fields.FACET_DAY) : List.of());
  }

  private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    Cached c = cached;
    if (c == null || c.reader() != reader) {
      synchronized (this) {
        c = cached;
        if (c == null || c.reader() != reader) {
          c = new Cached(
              reader,
              new DefaultSortedSetDocValuesReaderState(reader, dev.papersearch.index.PaperDocuments.facetsConfig()));
          cached = c;
        }
      }
    }
    return c.state();
  }

  private static List<FacetBucket> buckets(Facets facets, String dim) throws IOException {
    FacetResult result = facets.getAllChildren(dim);
    if (result == null) {
      return List.of();
    }
    return Stream.of(result.labelValues)
        .map(lv -> new FacetBucket(lv.label, lv.value.longValue()))
        .sorted(Comparator.comparing(FacetBucket::value).reversed())
        .toList();
  }
}
