package dev.papersearch.search;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.index.DaemonThreads;
import dev.papersearch.index.Fields;
import dev.papersearch.index.PaperDocuments;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.SearchResponse.Hit;
import dev.papersearch.typing.Lexicon;
import dev.papersearch.typing.Suggester;
import dev.papersearch.typing.Suggestion;
import dev.papersearch.typing.TermWords;
import dev.papersearch.typing.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;

/** {@link Searcher} over the embedded {@link PaperIndex}. */
public final class LuceneSearcher implements Searcher {

  private static final SortField NEWEST = new SortField(Fields.DATE, SortField.Type.LONG, true);
  private static final SortField BY_ID = new SortField(Fields.ID, SortField.Type.STRING);

  /** The stored fields a hit shows or highlights (the summary from its bullets and sections). */
  private static final Set<String> HIT_FIELDS =
      PaperDocuments.withSummaryParts(Fields.ID, Fields.URL, Fields.TITLE, Fields.DATE, Fields.VOTES, Fields.AUTHORS);

  /** Long enough for any sane query over years of digests; the server sets its own. */
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final PaperIndex index;
  private final Duration timeout;
  private final DateFacetCounter facets = new DateFacetCounter();
  /** Made again only when a commit mined a new glossary; expanding it costs some analysis. */
  private final MadeOnce<QueriesFor> queries = new MadeOnce<>();

  private record QueriesFor(PaperQueryBuilder builder, TermWords terms) {}

  /**
   * Made again only with a new glossary, and only when a paper's related papers are asked for: they
   * alone use it, and making it analyzes the glossary's pairs again, which the first search after a
   * start need not wait for.
   */
  private final MadeOnce<Renderings> renderings = new MadeOnce<>();

  /** What a search's text is read as: the query and whether it is searched as typed. */
  private record Typed(String query, boolean asTyped) {}

  /** Each query text read once per reader, and each reading's clauses built once: the costly half of a search. */
  private final ReaderMemo<Typed, TypedQuery> readings;

  private final ReaderMemo<UserQuery, PaperQueryBuilder.WordClauses> clauses;

  /** The words of the papers, as typed words are read against them. */
  private final Vocabularies vocabularies;
  /** Made again for each new reader: the words and names of the papers it sees. */
  private final MadeOnce<Lexicon> lexicon = new MadeOnce<>();

  /** Made again for each new lexicon or glossary. */
  private final MadeOnce<Suggester> suggester = new MadeOnce<>();

  private final QueryOptions options;

  public LuceneSearcher(PaperIndex index) {
    this(index, QueryOptions.shipped(), DEFAULT_TIMEOUT);
  }

  /** A searcher that stops a search after {@code timeout} with a {@link SearchTimeoutException}. */
  public LuceneSearcher(PaperIndex index, Duration timeout) {
    this(index, QueryOptions.shipped(), timeout);
  }

  /** A searcher with other ranking options; for comparisons. */
  public LuceneSearcher(PaperIndex index, QueryOptions options) {
    this(index, options, DEFAULT_TIMEOUT);
  }

  private LuceneSearcher(PaperIndex index, QueryOptions options, Duration timeout, int memoKeys) {
    this.index = index;
    this.vocabularies = new Vocabularies(index);
    this.options = options;
    this.timeout = timeout;
    this.readings = new ReaderMemo<>(memoKeys);
    this.clauses = new ReaderMemo<>(memoKeys);
  }

  private LuceneSearcher(PaperIndex index, QueryOptions options, Duration timeout) {
    this(index, options, timeout, ReaderMemo.MAX_KEYS);
  }

  /**
   * A searcher that reads and builds every query afresh, never from what an earlier search of the same
   * text worked out: what a search costs when no text repeats, for {@code bench}'s in-process figures.
   */
  public static LuceneSearcher withoutMemo(PaperIndex index) {
    return new LuceneSearcher(index, QueryOptions.shipped(), DEFAULT_TIMEOUT, 0);
  }

  /** The query builder and the term words of the index's current glossary. */
  private QueriesFor queries() {
    Glossary glossary = index.glossary();
    return queries.get(
        List.of(glossary),
        () -> new QueriesFor(new PaperQueryBuilder(index.queryAnalyzer(), glossary, options), TermWords.of(glossary)));
  }

  /** The renderings of the index's current glossary. */
  private Renderings renderings() {
    Glossary glossary = index.glossary();
    return renderings.get(List.of(glossary), () -> Renderings.of(glossary, index.queryAnalyzer()));
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    Laps laps = new Laps();
    IndexSearcher shared = index.acquire();
    try {
      IndexReader reader = shared.getIndexReader();
      QueriesFor queries = queries();
      Vocabulary vocabulary = vocabularies.of(reader);
      TypedQuery typed =
          readings.get(
              List.of(reader, queries, vocabulary),
              new Typed(request.query(), request.asTyped()),
              key -> TypedQuery.read(request, options, index.queryAnalyzer(), vocabulary, queries.terms(), DocFreq.of(reader)));
      laps.lap("read");
      // The limit is the search's: the vocabulary is made once, by the first search after a start, and a
      // busy machine must not turn that one-time cost into a 503.
      Deadline deadline = new Deadline(timeout);
      IndexSearcher searcher = deadline.limit(shared);
      PaperQueryBuilder builder = queries.builder();
      BuiltQuery built =
          builder.build(
              clauses.get(List.of(reader, builder), typed.meant(), meant -> builder.wordClauses(meant, reader)),
              request.dates(),
              request.effectiveSort().wordMatch());
      Query query = built.query();
      laps.lap("build");
      int wanted = Math.max(1, request.offset() + request.size());
      Sort sort = sortFor(request.effectiveSort());
      // Scores come with the sort values; only a page in an order without them is scored again.
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(searcher, query, wanted, sort, false, new FacetsCollectorManager());
      deadline.check(searcher);
      TopDocs top = result.topDocs();
      ScoreDoc[] page =
          Arrays.copyOfRange(
              top.scoreDocs,
              Math.min(request.offset(), top.scoreDocs.length),
              Math.min(request.offset() + request.size(), top.scoreDocs.length));
      fillScores(page, sort, searcher, query);
      laps.lap("collect");
      List<Hit> hits = hits(searcher, query, page, request.explain());
      laps.lap("hits");
      SearchResponse.DateFacets counted =
          facets.count(searcher.getIndexReader(), result.facetsCollector(), request.dates().isAtMostAMonth());
      laps.lap("facets");
      return new SearchResponse(
          request.query(),
          built.notes(),
          typed.correction(),
          top.totalHits.value,
          request.page(),
          request.size(),
          laps.millis(),
          hits,
          counted,
          laps.laps());
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    } finally {
      index.release(shared);
    }
  }

  @Override
  public List<Suggestion> suggest(String query, int size) {
    IndexSearcher shared = index.acquire();
    try {
      IndexReader reader = shared.getIndexReader();
      Lexicon words = lexicon.get(List.of(reader), () -> Lexicon.of(reader));
      Glossary glossary = index.glossary();
      return suggester.get(List.of(words, glossary), () -> words.suggester(glossary)).suggest(query, size);
    } finally {
      index.release(shared);
    }
  }

  /** The page's scores: from the sort values when the order has them, else scored again. */
  private static void fillScores(ScoreDoc[] page, Sort sort, IndexSearcher searcher, Query query)
      throws IOException {
    SortField[] fields = sort.getSort();
    for (int f = 0; f < fields.length; f++) {
      if (fields[f] == SortField.FIELD_SCORE) {
        for (ScoreDoc hit : page) {
          hit.score = (Float) ((FieldDoc) hit).fields[f];
        }
        return;
      }
    }
    TopFieldCollector.populateScores(page, searcher, query);
  }

  private static Sort sortFor(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, NEWEST, BY_ID);
      case DATE -> new Sort(NEWEST, SortField.FIELD_SCORE, BY_ID);
      case VOTES -> {
        SortField votes = new SortField(Fields.VOTES, SortField.Type.INT, true);
        votes.setMissingValue(Integer.MIN_VALUE);
        yield new Sort(votes, NEWEST, BY_ID);
      }
    };
  }

  private List<Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, boolean explain) throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    // Each hit's stored fields are read once, for the hit and for its highlights, and only those.
    Document[] docs = new Document[page.length];
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(docIds[i], HIT_FIELDS);
    }
    Map<String, Object[]> highlights =
        new SnippetHighlighter(searcher, index.analyzer()).highlight(query, docIds, docs);
    Object[] titles = highlights.get(Fields.TITLE);
    Object[] summaries = highlights.get(Fields.SUMMARY);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = docs[i];
      IndexableField votes = doc.getField(Fields.VOTES);
      String title = doc.get(Fields.TITLE);
      hits.add(
          new Hit(
              doc.get(Fields.ID),
              doc.get(Fields.URL),
              title,
              doc.get(Fields.DATE),
              votes == null ? null : votes.numericValue().intValue(),
              List.of(doc.getValues(Fields.AUTHORS)),
              Float.isNaN(page[i].score) ? 0f : page[i].score,
              first(titles[i]).orElseGet(() -> Html.escape(title)),
              passages(summaries[i]),
              explain ? StageScores.of(searcher.explain(query, docIds[i])) : null));
    }
    return hits;
  }

  @SuppressWarnings("unchecked")
  private static List<String> passages(Object formatted) {
    return formatted == null ? List.of() : (List<String>) formatted;
  }

  private static Optional<String> first(Object formatted) {
    return passages(formatted).stream().findFirst();
  }

  /**
   * Runs one search, Korean and English, so that what the first user would otherwise wait for is done:
   * Nori's dictionaries loaded, the facet ordinals of the reader mapped, the classes of a search loaded,
   * the vocabulary made; then asks for one suggestion in the background, so that the suggestions'
   * lexicon (a second pass over the stored papers, about a second on the real corpus) is made while
   * searches are already answered. A failure is left to the first real request, which would meet it
   * anyway.
   */
  public void warmUp() {
    vocabularies.makeFirstSoon(); // beside the query builder, which the search below makes first
    try {
      search(SearchRequest.of("트랜스포머 모델 transformer"));
    } catch (RuntimeException e) {
      return; // nothing is warm then; the first search pays as it would have
    }
    SUGGESTIONS_WARMER.execute(
        () -> {
          try {
            suggest("트랜스", 1);
          } catch (RuntimeException e) {
            // the first suggestion pays as it would have
          }
        });
  }

  /** Makes the suggestions' lexicon after a warm-up, beside the searches. */
  private static final Executor SUGGESTIONS_WARMER =
      Executors.newSingleThreadExecutor(DaemonThreads.named("suggestions-warm-up", false));

  @Override
  public Optional<Paper> paper(String id) {
    IndexSearcher searcher = index.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(
          PaperDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public Optional<RelatedPapers.Related> related(String id, int size) {
    return paper(id).map(paper -> related(paper, size));
  }

  private RelatedPapers.Related related(Paper paper, int size) {
    IndexSearcher searcher = index.acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      return RelatedPapers.of(this, paper, index.queryAnalyzer(), DocFreq.of(reader), reader.numDocs(), renderings(), size);
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public int count() {
    return index.count();
  }
}
