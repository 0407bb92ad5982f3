package dev.papersearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.analysis.Ime;
import dev.papersearch.analysis.Jamo;
import dev.papersearch.analysis.Keyboard;
import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.search.DateRange;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.QueryOptions;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.Searcher;
import dev.papersearch.search.Stage;
import dev.papersearch.search.TestIndexes;
import dev.papersearch.solr.client.SolrAdmin;
import dev.papersearch.solr.client.SolrIndexer;
import dev.papersearch.solr.client.SolrSearcher;
import dev.papersearch.support.RealCorpus;
import dev.papersearch.typing.Suggestion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud backend reads what was typed as the embedded one does (issue #22, item 8): over the
 * same papers, a query typed unfinished, with a slip, in the wrong keyboard mode or as initials finds
 * the same papers in the same order with the same correction, as typed and with stages off too; and
 * both suggest the same, counted alike but for the papers the embedded index replaced and still counts;
 * and the SolrCloud backend's words follow its collection.
 */
class TypingEquivalenceTest {

  /** What people type, as the issue lists it. */
  private static final List<String> TYPED =
      List.of(
          "xmfostmvhaj", "transfromer", "트랜슾", "확산 몯", "ㅌㄹㅅㅍㅁ", "ghkrtks ahepf", "ㅣㅐㄱㅁ",
          "transfromer \"language model\" -vision", "모댈 평가", "difusion");

  /** Topic terms of the corpus, typed as the typing sets type them ({@code eval --typing}). */
  private static final List<String> TERMS = List.of("강화 학습", "멀티모달", "에이전트", "diffusion", "reinforcement");

  @TempDir static Path dir;
  private static PaperIndex index;
  private static SharedCluster solr;

  @BeforeAll
  static void bothBackends() throws Exception {
    solr = SharedCluster.get();
    index = PaperIndex.open(dir);
    new CorpusIndexer(index).index(RealCorpus.days(), CorpusReader.QUIETLY);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void typedQueriesFindTheSamePapersWithTheSameCorrection() {
    Searcher embedded = new LuceneSearcher(index);
    Searcher cloud = cloud(QueryOptions.shipped());
    List<String> queries = new ArrayList<>(TYPED);
    TERMS.forEach(term -> queries.addAll(typings(term)));
    int corrected = 0;
    for (String typed : queries) {
      SearchResponse a = embedded.search(SearchRequest.of(typed));
      assertSame(typed, a, cloud.search(SearchRequest.of(typed)));
      corrected += a.correction() == null ? 0 : 1;
    }
    assertEquals(new SearchResponse.Correction("트랜스포머", true), embedded.search(SearchRequest.of("xmfostmvhaj")).correction());
    assertTrue(corrected >= 8, corrected + " of " + queries.size() + " corrected");
  }

  @Test
  void asTypedAndStagesOffReadTheSameOnBoth() {
    Searcher embedded = new LuceneSearcher(index);
    Searcher cloud = cloud(QueryOptions.shipped());
    for (String typed : TYPED) {
      SearchRequest asTyped = new SearchRequest(typed, DateRange.ALL, null, 1, 10, false, true);
      SearchResponse a = embedded.search(asTyped);
      assertNull(a.correction(), typed);
      assertSame(typed + " as typed", a, cloud.search(asTyped));
    }
    for (Stage off : List.of(Stage.COMPLETION, Stage.TYPOS, Stage.KEYBOARD)) {
      QueryOptions options = QueryOptions.shipped().without(Set.of(off));
      Searcher embeddedOff = new LuceneSearcher(index, options);
      Searcher cloudOff = cloud(options);
      for (String typed : TYPED) {
        assertSame(typed + " without " + off, embeddedOff.search(SearchRequest.of(typed)), cloudOff.search(SearchRequest.of(typed)));
      }
    }
    assertNull(new LuceneSearcher(index, QueryOptions.shipped().without(Set.of(Stage.KEYBOARD)))
        .search(SearchRequest.of("xmfostmvhaj")).correction());
  }

  @Test
  void bothSuggestTheSame() {
    Searcher embedded = new LuceneSearcher(index);
    Searcher cloud = cloud(QueryOptions.shipped());
    List<String> typed = new ArrayList<>(List.of("트랜스", "ㅌㄹㅅ", "diff", "강화 ㅎ", "yann", "qwen", "ㅎㅅ", "xmfos", "확산 몯"));
    TERMS.forEach(term -> typed.addAll(typings(term)));
    int deleted = deletedPapers();
    int suggested = 0;
    for (String text : typed) {
      List<Suggestion> a = embedded.suggest(text, 8);
      List<Suggestion> b = cloud.suggest(text, 8);
      assertEquals(a.stream().map(s -> s.kind() + " " + s.text()).toList(), b.stream().map(s -> s.kind() + " " + s.text()).toList(), text);
      for (int i = 0; i < a.size(); i++) {
        assertTrue(
            a.get(i).count() - b.get(i).count() >= 0 && a.get(i).count() - b.get(i).count() <= deleted,
            text + ": " + a.get(i) + " and " + b.get(i) + " with " + deleted + " deleted");
      }
      suggested += a.isEmpty() ? 0 : 1;
    }
    assertTrue(suggested >= typed.size() - 2, suggested + " of " + typed.size() + " with suggestions");
  }

  /**
   * A collection that gets papers is read with their words a few seconds later, made in the
   * background while searches go on; the first lexicon, of the empty collection, has none. A
   * collection and configset of its own: the indexer puts its glossary into the configset.
   */
  @Test
  void theLexiconFollowsTheCollection(@TempDir Path sampleDir) throws Exception {
    String collection = "typing-follows";
    SolrAdmin admin = new SolrAdmin(solr.nodes);
    admin.uploadConfig(SharedCluster.CONFIG_FOLDER, collection);
    admin.createCollection(collection, collection, 1, 1);
    solr.cluster.waitForActive(collection, 1, 1);
    Searcher cloud = new SolrSearcher(solr.nodes, collection, Duration.ofSeconds(30));
    assertEquals(List.of(), cloud.suggest("트랜스", 5));
    assertNull(cloud.search(SearchRequest.of("xmfostmvhaj")).correction());

    new SolrIndexer(solr.nodes, collection, 500, Duration.ofSeconds(60))
        .index(TestIndexes.sampleDir(), CorpusReader.QUIETLY, n -> {});
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<Suggestion> suggested = cloud.suggest("트랜스", 5);
    while (suggested.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(250);
      suggested = cloud.suggest("트랜스", 5);
    }
    try (PaperIndex sample = PaperIndex.open(sampleDir)) {
      new CorpusIndexer(sample).index(TestIndexes.sampleDir(), CorpusReader.QUIETLY);
      Searcher embedded = new LuceneSearcher(sample);
      assertFalse(suggested.isEmpty(), "no suggestion a minute after the papers came");
      assertEquals(embedded.suggest("트랜스", 5), suggested);
      SearchResponse a = embedded.search(SearchRequest.of("xmfostmvhaj"));
      assertNotNull(a.correction());
      assertSame("xmfostmvhaj in the sample", a, cloud.search(SearchRequest.of("xmfostmvhaj")));
    }
  }

  /**
   * The papers the embedded index replaced and still counts in its terms' paper counts until segments
   * merge (a paper listed on several days); the collection counts fewer.
   */
  private static int deletedPapers() {
    IndexSearcher searcher = index.acquire();
    try {
      return searcher.getIndexReader().numDeletedDocs();
    } finally {
      index.release(searcher);
    }
  }

  private static Searcher cloud(QueryOptions options) {
    return new SolrSearcher(solr.nodes, SharedCluster.COLLECTION, Duration.ofSeconds(30), options);
  }

  /** A term typed to 40 % and 70 % of its keys, in the wrong keyboard mode, with two keys swapped, and as initials. */
  private static List<String> typings(String term) {
    List<String> states = Ime.states(term);
    List<String> typed = new ArrayList<>();
    typed.add(states.get(states.size() * 4 / 10 - 1));
    typed.add(states.get(states.size() * 7 / 10 - 1));
    String keys = Jamo.disassemble(term);
    int at = keys.length() / 2;
    typed.add(Ime.compose(keys.substring(0, at) + keys.charAt(at + 1) + keys.charAt(at) + keys.substring(at + 2)));
    if (!term.equals(Keyboard.toQwerty(term))) {
      typed.add(Keyboard.toQwerty(term));
      typed.add(Jamo.choseong(term));
    }
    return typed;
  }

  /** The same papers in the same order, the same total and the same correction. */
  private static void assertSame(String typed, SearchResponse embedded, SearchResponse cloud) {
    assertNotNull(cloud, typed);
    assertEquals(embedded.correction(), cloud.correction(), typed + ": correction");
    assertEquals(ids(embedded), ids(cloud), typed + ": papers");
    assertEquals(embedded.total(), cloud.total(), typed + ": total");
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
