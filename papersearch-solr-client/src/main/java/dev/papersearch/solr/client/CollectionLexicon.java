package dev.papersearch.solr.client;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.index.DaemonThreads;
import dev.papersearch.index.Fields;
import dev.papersearch.index.PaperDocuments;
import dev.papersearch.ingest.Paper;
import dev.papersearch.typing.Lexicon;
import dev.papersearch.typing.Suggester;
import dev.papersearch.typing.TermWords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Lexicon} of a whole SolrCloud collection and the glossary its query parser expands with:
 * what typed words are read against and suggestions are made from, once for the collection, never per
 * shard (shards have different words, and would read one query differently). Made on first use; then,
 * when a use finds the collection changed (looked at no more often than {@link #CHECK_EVERY}), made
 * again in the background while searches go on with the one before, as the embedded index's is.
 */
final class CollectionLexicon {

  private static final Logger LOG = LoggerFactory.getLogger(CollectionLexicon.class);

  /** A look at the collection is a request; a lexicon a few seconds behind a new day costs nothing. */
  static final Duration CHECK_EVERY = Duration.ofSeconds(5);

  /** Papers a page when reading every title and author list. */
  private static final int PAGE = 1000;

  /** One thread for every collection of the process: lexicons are made one at a time. */
  private static final ExecutorService MAKER =
      Executors.newSingleThreadExecutor(DaemonThreads.named("solr-lexicon", false));

  /**
   * What a change of the collection shows in: its papers (how many, and the newest version, which an
   * update raises) and its glossary (uploaded by the indexer after the papers).
   */
  private record State(long papers, long newestVersion, String glossary) {}

  /** The query analyzer of the schema (the same factories): the client's reading of words as the collection's. */
  static final Analyzer QUERY_ANALYZER = PaperDocuments.queryAnalyzer(KoreanOptions.SHIPPED);

  /** The lexicon and glossary of one state of the collection. */
  record Made(State state, Lexicon lexicon, Glossary glossary, TermWords terms) {}

  /** Made again for each new lexicon or glossary. */
  private record SuggesterOf(Made made, Suggester suggester) {}

  private final SolrNodes nodes;
  private final String collection;
  private final CollectionTerms terms;
  private volatile Made current;
  private volatile SuggesterOf suggester;
  private volatile long nextCheck;
  private final AtomicBoolean checking = new AtomicBoolean();

  CollectionLexicon(SolrNodes nodes, String collection, CollectionTerms terms) {
    this.nodes = nodes;
    this.collection = collection;
    this.terms = terms;
  }

  /** The lexicon and glossary to use now: the latest made, or, before the first, one made now. */
  Made current() {
    Made made = current;
    if (made == null) {
      synchronized (this) {
        if (current == null) {
          current = make(state(), null);
          nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
        }
        return current;
      }
    }
    if (System.nanoTime() - nextCheck >= 0 && checking.compareAndSet(false, true)) {
      nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
      MAKER.execute(this::makeIfChanged);
    }
    return made;
  }

  /** Suggestions from the current lexicon and the collection's glossary. */
  Suggester suggester() {
    Made made = current();
    SuggesterOf of = suggester;
    if (of == null || of.made() != made) {
      of = new SuggesterOf(made, made.lexicon().suggester(made.glossary()));
      suggester = of;
    }
    return of.suggester();
  }

  private void makeIfChanged() {
    try {
      State now = state();
      if (!now.equals(current.state())) {
        current = make(now, current);
      }
    } catch (RuntimeException e) {
      LOG.warn("making the lexicon of collection {} failed; searches keep the one before", collection, e);
    } finally {
      checking.set(false);
    }
  }

  /** The lexicon and glossary of {@code state}, each kept from {@code before} when it did not change. */
  private Made make(State state, Made before) {
    boolean samePapers =
        before != null
            && before.state().papers() == state.papers()
            && before.state().newestVersion() == state.newestVersion();
    Lexicon lexicon = samePapers ? before.lexicon() : readLexicon();
    boolean sameGlossary = before != null && before.state().glossary().equals(state.glossary());
    Glossary glossary = sameGlossary ? before.glossary() : Glossary.parse(state.glossary().lines().toList());
    return sameGlossary
        ? new Made(state, lexicon, glossary, before.terms())
        : new Made(state, lexicon, glossary, TermWords.of(glossary));
  }

  private State state() {
    SolrQuery newest = new SolrQuery("*:*");
    newest.set("defType", "lucene");
    newest.setFields("_version_");
    newest.set("sort", "_version_ desc");
    newest.setRows(1);
    SolrDocumentList found = nodes.call("newest paper of " + collection, node -> node.query(collection, newest)).getResults();
    long version = found.isEmpty() ? 0 : ((Number) found.get(0).getFirstValue("_version_")).longValue();
    return new State(found.getNumFound(), version, glossary());
  }

  /**
   * The glossary file of the collection's configset, as the query parser reads it when its core
   * loads; empty before the indexer uploaded one, as the parser's.
   */
  private String glossary() {
    ModifiableSolrParams file = new ModifiableSolrParams();
    file.set("file", SolrFields.GLOSSARY_RESOURCE);
    file.set("contentType", "text/plain;charset=utf-8");
    return nodes.get("glossary of " + collection, "/" + collection + "/admin/file", file)
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .orElse("");
  }

  /** The summaries' terms, counted over every shard, and every paper's title, summary and authors. */
  private Lexicon readLexicon() {
    List<Lexicon.PaperText> papers = new ArrayList<>();
    SolrQuery all = new SolrQuery("*:*");
    all.set("defType", "lucene");
    all.setFields(Fields.ID, Fields.TITLE, Fields.AUTHORS, Fields.BULLET, Fields.SECTION_TEXT);
    all.set("sort", Fields.ID + " asc");
    all.setRows(PAGE);
    String mark = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      all.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      QueryResponse page = nodes.call("titles, summaries and authors of " + collection, node -> node.query(collection, all));
      for (SolrDocument paper : page.getResults()) {
        String summary =
            Paper.summaryText(SolrFields.strings(paper, Fields.BULLET), SolrFields.strings(paper, Fields.SECTION_TEXT));
        papers.add(
            new Lexicon.PaperText(
                (String) paper.getFirstValue(Fields.TITLE),
                summary,
                SolrFields.strings(paper, Fields.AUTHORS).toArray(String[]::new)));
      }
      if (mark.equals(page.getNextCursorMark())) {
        break;
      }
      mark = page.getNextCursorMark();
    }
    return Lexicon.of(terms.all(Fields.SUMMARY), papers);
  }
}
