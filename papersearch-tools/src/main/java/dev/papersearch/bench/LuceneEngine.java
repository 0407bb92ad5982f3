package dev.papersearch.bench;

import dev.papersearch.index.Folders;
import dev.papersearch.index.ParallelWrites;
import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene as a user sets it up from the documentation, with stock analyzers per field: the same
 * stored text and date fields as papersearch, default writer settings, a best-field OR query (like
 * the {@code eval} baselines and Elasticsearch's {@code multi_match}), the default {@link
 * UnifiedHighlighter} (it re-analyzes stored text, as no offsets are indexed) and sorted-set date
 * facets.
 */
final class LuceneEngine implements Engine {

  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String SUMMARY = "summary";
  private static final String AUTHORS = "authors";
  private static final String DATE = "date";
  private static final List<String> TEXT_FIELDS = List.of(TITLE, SUMMARY, AUTHORS);
  private static final String[] HIGHLIGHTED = {TITLE, SUMMARY};
  private static final int[] PASSAGES = {1, 3};
  private static final List<String> FACET_DIMS = List.of("year", "month", "day");
  private static final Sort NEWEST = new Sort(new SortField(DATE, SortField.Type.LONG, true));

  private final Path dir;
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  /** On every core, as papersearch writes: the comparison is of the work, not of the threads. */
  private final ParallelWrites writes = ParallelWrites.perCore();
  private final FacetsConfig facetsConfig = new FacetsConfig();
  private final QueryBuilder queries;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private UnifiedHighlighter highlighter;
  private SortedSetDocValuesReaderState facetState;

  LuceneEngine(Path dir, Analyzer title, Analyzer summary, Analyzer authors) {
    this.dir = dir;
    this.analyzer = new PerFieldAnalyzerWrapper(authors, Map.of(TITLE, title, SUMMARY, summary));
    this.queries = new QueryBuilder(analyzer);
    try {
      this.directory = FSDirectory.open(dir);
      this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void add(Paper paper) {
    Document doc = new Document();
    doc.add(new StringField(ID, paper.id(), Field.Store.YES));
    doc.add(new TextField(TITLE, paper.title(), Field.Store.YES));
    doc.add(new TextField(SUMMARY, paper.summaryText(), Field.Store.YES));
    doc.add(new TextField(AUTHORS, String.join(", ", paper.authors()), Field.Store.YES));
    long day = paper.date().toEpochDay();
    doc.add(new LongPoint(DATE, day));
    doc.add(new NumericDocValuesField(DATE, day));
    String date = paper.date().toString();
    doc.add(new StoredField(DATE, date));
    doc.add(new SortedSetDocValuesFacetField("year", date.substring(0, 4)));
    doc.add(new SortedSetDocValuesFacetField("month", date.substring(0, 7)));
    doc.add(new SortedSetDocValuesFacetField("day", date));
    writes.submit(() -> writer.addDocument(facetsConfig.build(doc)));
  }

  @Override
  public void finish() {
    writes.await();
    try {
      writer.commit();
      reader = DirectoryReader.open(writer);
      searcher = new IndexSearcher(reader);
      highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
      facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long sizeOnDisk() {
    return Folders.size(dir);
  }

  @Override
  public Answer search(BenchQuery query, boolean rich) {
    Query q = query(query);
    if (q == null) {
      return Answer.NONE;
    }
    Sort sort = query.isEmpty() ? NEWEST : null;
    try {
      return rich ? rich(q, sort) : plain(q, sort);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Answer plain(Query q, Sort sort) throws IOException {
    TopDocs top = sort == null ? searcher.search(q, 10) : searcher.search(q, 10, sort);
    readStored(top);
    return new Answer(top.scoreDocs.length, top.totalHits.value);
  }

  private Answer rich(Query q, Sort sort) throws IOException {
    FacetsCollectorManager.FacetsResult result =
        sort == null
            ? FacetsCollectorManager.search(searcher, q, 10, new FacetsCollectorManager())
            : FacetsCollectorManager.search(searcher, q, 10, sort, new FacetsCollectorManager());
    TopDocs top = result.topDocs();
    readStored(top);
    int[] docIds = new int[top.scoreDocs.length];
    for (int i = 0; i < docIds.length; i++) {
      docIds[i] = top.scoreDocs[i].doc;
    }
    highlighter.highlightFields(HIGHLIGHTED, q, docIds, PASSAGES);
    Facets facets = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
    for (String dim : FACET_DIMS) {
      facets.getAllChildren(dim);
    }
    return new Answer(top.scoreDocs.length, top.totalHits.value);
  }

  /** A result list shows at least id, title, date and authors, so every engine reads them. */
  private void readStored(TopDocs top) throws IOException {
    for (ScoreDoc sd : top.scoreDocs) {
      searcher.storedFields().document(sd.doc);
    }
  }

  /** Best-field OR over the text fields, the date range as a filter; {@code null} when nothing is left. */
  private Query query(BenchQuery query) {
    BooleanQuery.Builder root = new BooleanQuery.Builder();
    if (query.isEmpty()) {
      root.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      List<Query> perField = new ArrayList<>();
      for (String field : TEXT_FIELDS) {
        Query q = queries.createBooleanQuery(field, query.text(), Occur.SHOULD);
        if (q != null) {
          perField.add(q);
        }
      }
      if (perField.isEmpty()) {
        return null;
      }
      root.add(new DisjunctionMaxQuery(perField, 0f), Occur.MUST);
    }
    if (!query.dates().isAll()) {
      long from = query.dates().from() == null ? Long.MIN_VALUE : query.dates().from().toEpochDay();
      long to = query.dates().to() == null ? Long.MAX_VALUE : query.dates().to().toEpochDay();
      root.add(LongPoint.newRangeQuery(DATE, from, to), Occur.FILTER);
    }
    return root.build();
  }

  @Override
  public void close() throws IOException {
    writes.close();
    try {
      if (reader != null) {
        reader.close();
      }
    } finally {
      writer.close();
      directory.close();
    }
  }
}
