package dev.papersearch.solr.client;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.index.Fields;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.DateRange;
import dev.papersearch.search.Html;
import dev.papersearch.search.MadeOnce;
import dev.papersearch.search.PaperQueryBuilder;
import dev.papersearch.search.QueryNotes;
import dev.papersearch.search.ReaderMemo;
import dev.papersearch.search.QueryOptions;
import dev.papersearch.search.RelatedPapers;
import dev.papersearch.search.Renderings;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.SearchResponse.DateFacets;
import dev.papersearch.search.SearchResponse.FacetBucket;
import dev.papersearch.search.SearchResponse.Hit;
import dev.papersearch.search.SearchTimeoutException;
import dev.papersearch.search.StageScores;
import dev.papersearch.search.Searcher;
import dev.papersearch.search.Stage;
import dev.papersearch.search.TypedQuery;
import dev.papersearch.typing.Suggestion;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;

/**
 * {@link Searcher} over a SolrCloud collection made from config/solr/papers: the same requests and
 * answers as {@link dev.papersearch.search.LuceneSearcher}, ranked by the collection's {@code papers}
 * query parser (core's query builder), highlighted and faceted by the {@code /papers} handler. What
 * was typed is read here, once against the whole collection's words ({@link CollectionLexicon}), and
 * the words as meant are sent: each shard reading it against its own words would read it otherwise.
 */
public final class SolrSearcher implements Searcher {

  private final SolrNodes nodes;
  private final String collection;
  private final Duration timeout;
  /** Only its typing stages are the client's: the collection's query parser ranks with the shipped options. */
  private final QueryOptions options;
  /** The query analyzer of the schema, for the words the vocabulary lacks. */
  private final Analyzer analyzer = CollectionLexicon.QUERY_ANALYZER;
  private final CollectionTerms terms;
  private final CollectionLexicon lexicon;

  /**
   * {@link #wordsApart(String)} by the query's text, for one state of the collection (a new one comes
   * with the lexicon made after a change): a query's pages, orders and date ranges count it once.
   */
  private final ReaderMemo<String, Boolean> wordsApart = new ReaderMemo<>(ReaderMemo.MAX_KEYS);

  /**
   * The renderings of the collection's glossary, made again only with a new glossary and only when a
   * paper's related papers are asked for, as the embedded searcher's: they alone use them, and the
   * first search need not wait for the glossary's pairs to be analyzed again.
   */
  private final MadeOnce<Renderings> renderings = new MadeOnce<>();

  /** A searcher whose searches Solr stops after {@code timeout} (a {@link SearchTimeoutException}). */
  public SolrSearcher(SolrNodes nodes, String collection, Duration timeout) {
    this(nodes, collection, timeout, QueryOptions.shipped());
  }

  /**
   * A searcher that reads typed words with the typing stages of {@code options} ({@link
   * Stage#COMPLETION}, {@link Stage#TYPOS}, {@link Stage#KEYBOARD}); for comparisons.
   */
  public SolrSearcher(SolrNodes nodes, String collection, Duration timeout, QueryOptions options) {
    this.nodes = nodes;
    this.collection = collection;
    this.timeout = timeout;
    this.options = options;
    this.terms = new CollectionTerms(nodes, collection);
    this.lexicon = new CollectionLexicon(nodes, collection, terms);
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    long started = System.nanoTime();
    CollectionLexicon.Made words = lexicon.current();
    TypedQuery typed =
        TypedQuery.read(request, options, analyzer, words.lexicon().vocabulary(), words.terms(), terms.docFreqs());
    SolrQuery query = new SolrQuery();
    query.setRequestHandler(SolrFields.HANDLER);
    // With defType other than lucene or func, Solr does not read local params ({!...}) in q: what a
    // user types stays text for the papers parser.
    query.set("defType", "papers");
    query.set("q", typed.meant().text());
    query.set(SolrFields.WORD_MATCH_PARAM, request.effectiveSort().wordMatch().name());
    query.set(SolrFields.WORDS_APART_PARAM, wordsApart.get(List.of(words), typed.meant().text(), this::wordsApart));
    filterDates(query, request.dates());
    query.set("sort", sortFor(request));
    query.setStart(request.offset());
    query.setRows(request.size());
    query.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    if (request.explain()) {
      // Each hit's explanation as a tree, read as the embedded searcher reads its own (StageScores).
      query.set("debug", "results");
      query.set("debug.explain.structured", true);
    }
    QueryResponse response = nodes.call("search", node -> node.query(collection, query));
    if (Boolean.TRUE.equals(response.getHeader().get("partialResults"))) {
      throw new SearchTimeoutException(timeout);
    }
    // The papers parser builds the query within the same budget on every shard; what it left out
    // stays there, so the answer names nothing.
    return new SearchResponse(
        request.query(),
        QueryNotes.NONE,
        typed.correction(),
        response.getResults().getNumFound(),
        request.page(),
        request.size(),
        (System.nanoTime() - started) / 1_000_000,
        hits(response, request.explain()),
        facets(response.getJsonFacetingResponse(), request.dates()),
        List.of());
  }

  /**
   * Whether no paper of the collection has most of the words of {@code text} as typed ({@link
   * PaperQueryBuilder.OtherLanguage}), counted over every shard: a shard's own count would give its
   * papers a bonus another shard's do not get. A query of one word cannot be read in the other
   * language, and is not counted.
   */
  private boolean wordsApart(String text) {
    if (text.strip().split("\\s+").length < PaperQueryBuilder.OTHER_LANGUAGE_WORDS_MIN) {
      return false;
    }
    SolrQuery count = new SolrQuery(text);
    count.set("defType", "papers");
    count.set(SolrFields.WORD_MATCH_PARAM, PaperQueryBuilder.WordMatch.AS_TYPED.name());
    count.set(SolrFields.WORDS_APART_PARAM, false);
    count.setRows(0);
    count.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    return nodes.call("count", node -> node.query(collection, count)).getResults().getNumFound() == 0;
  }

  private static void filterDates(SolrQuery query, DateRange dates) {
    if (!dates.isAll()) {
      query.addFilterQuery(Fields.DATE + ":[" + bound(dates.from()) + " TO " + bound(dates.to()) + "]");
    }
  }

  private static String bound(LocalDate day) {
    return day == null ? "*" : day + "T00:00:00Z";
  }

  /** As the embedded searcher: ties broken by newer date, then by id. */
  private static String sortFor(SearchRequest request) {
    return switch (request.effectiveSort()) {
      case RELEVANCE -> "score desc, date desc, id asc";
      case DATE -> "date desc, score desc, id asc";
      case VOTES -> "votes desc, date desc, id asc";
    };
  }

  private static List<Hit> hits(QueryResponse response, boolean explain) {
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    Map<?, ?> explanations = explain ? explanations(response) : Map.of();
    List<Hit> hits = new ArrayList<>(response.getResults().size());
    for (SolrDocument doc : response.getResults()) {
      String id = (String) doc.getFirstValue(Fields.ID);
      String title = (String) doc.getFirstValue(Fields.TITLE);
      Map<String, List<String>> marked = highlighting == null ? Map.of() : highlighting.getOrDefault(id, Map.of());
      List<String> titles = marked.getOrDefault(Fields.TITLE, List.of());
      Object votes = doc.getFirstValue(Fields.VOTES);
      Object score = doc.getFirstValue("score");
      hits.add(
          new Hit(
              id,
              (String) doc.getFirstValue(Fields.URL),
              title,
              SolrFields.dateOf(doc).toString(),
              votes == null ? null : ((Number) votes).intValue(),
              SolrFields.strings(doc, Fields.AUTHORS),
              score == null ? 0f : ((Number) score).floatValue(),
              titles.isEmpty() ? Html.escape(title) : titles.get(0),
              snippets(marked.getOrDefault(Fields.SUMMARY, List.of())),
              explain ? StageScores.of(node(explanations.get(id))) : null));
    }
    return hits;
  }

  /** The debug section's explanations, by paper id. */
  private static Map<?, ?> explanations(QueryResponse response) {
    Object explain = response.getDebugMap() == null ? null : response.getDebugMap().get("explain");
    if (explain instanceof NamedList<?> list) {
      return list.asShallowMap();
    }
    if (explain instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalStateException("Solr sent no explanations with debug=results");
  }

  /** One node of Solr's structured explanation ({@code debug.explain.structured}). */
  private static StageScores.Node node(Object explained) {
    Map<?, ?> fields = explained instanceof NamedList<?> list ? list.asShallowMap() : (Map<?, ?>) explained;
    if (fields == null) {
      throw new IllegalStateException("Solr sent no explanation for a hit it returned");
    }
    Object details = fields.get("details");
    return new StageScores.Node(
        ((Number) fields.get("value")).doubleValue(),
        (String) fields.get("description"),
        details == null ? List.of() : ((List<?>) details).stream().map(SolrSearcher::node).toList());
  }

  /**
   * The passages without the line breaks around them, as the embedded searcher gives them; without
   * a match Solr gives the first passages as a summary, the embedded searcher one.
   */
  private static List<String> snippets(List<String> passages) {
    List<String> stripped = passages.stream().map(String::strip).toList();
    boolean matched = stripped.stream().anyMatch(p -> p.contains("<mark>"));
    return matched || stripped.isEmpty() ? stripped : stripped.subList(0, 1);
  }

  /** Days only for a month or less, as the embedded searcher counts them ({@link DateRange#isAtMostAMonth()}). */
  private static DateFacets facets(NestableJsonFacet facets, DateRange dates) {
    return new DateFacets(
        buckets(facets, Fields.FACET_YEAR),
        buckets(facets, Fields.FACET_MONTH),
        dates.isAtMostAMonth() ? buckets(facets, Fields.FACET_DAY) : List.of());
  }

  private static List<FacetBucket> buckets(NestableJsonFacet facets, String name) {
    BucketBasedJsonFacet dim = facets == null ? null : facets.getBucketBasedFacets(name);
    if (dim == null) {
      return List.of();
    }
    return dim.getBuckets().stream().map(b -> new FacetBucket(String.valueOf(b.getVal()), b.getCount())).toList();
  }

  @Override
  public Optional<Paper> paper(String id) {
    SolrDocument doc = nodes.call("paper " + id, node -> node.getById(collection, id));
    return Optional.ofNullable(doc).map(SolrFields::fromDocument);
  }

  /** From the whole collection's lexicon and its glossary, as the embedded index suggests from its own. */
  @Override
  public List<Suggestion> suggest(String query, int size) {
    return lexicon.suggester().suggest(query, size);
  }

  /**
   * Makes the collection's lexicon and runs one search and one suggestion, so that the first user does
   * not wait for what they make (every title and summary term of the collection read, Nori's
   * dictionaries loaded). A failure is left to the first real search, which would meet it anyway.
   */
  public void warmUp() {
    try {
      search(SearchRequest.of("트랜스포머 모델 transformer"));
      suggest("트랜스", 1);
    } catch (RuntimeException e) {
      // nothing is warm then; the first search pays as it would have
    }
  }

  @Override
  public Optional<RelatedPapers.Related> related(String id, int size) {
    return paper(id).map(paper -> RelatedPapers.of(this, paper, analyzer, terms.docFreqs(), count(), renderings(), size));
  }

  /** The renderings of the collection's current glossary. */
  private Renderings renderings() {
    Glossary glossary = lexicon.current().glossary();
    return renderings.get(List.of(glossary), () -> Renderings.of(glossary, analyzer));
  }

  @Override
  public int count() {
    SolrQuery all = new SolrQuery("*:*");
    all.set("defType", "lucene");
    all.setRows(0);
    return (int) nodes.call("count", node -> node.query(collection, all)).getResults().getNumFound();
  }
}
