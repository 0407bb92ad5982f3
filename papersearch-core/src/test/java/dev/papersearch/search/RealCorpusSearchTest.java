package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.search.SearchResponse.Hit;
import dev.papersearch.support.RealCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path on the real corpus: counts after indexing, and the example searches. */
class RealCorpusSearchTest {

  @TempDir static Path dir;
  private static PaperIndex index;
  private static CorpusIndexer.Report report;
  private static Searcher searcher;

  @BeforeAll
  static void indexCorpus() {
    index = PaperIndex.open(dir);
    report = new CorpusIndexer(index).index(RealCorpus.days(), CorpusReader.QUIETLY);
    searcher = new LuceneSearcher(index);
  }

  @AfterAll
  static void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }

  @Test
  void indexesEveryPaperOnce() {
    assertEquals(357, report.corpus().files());
    assertEquals(5488, report.corpus().blocks());
    assertEquals(5487, report.corpus().papers().size());
    assertEquals(List.of(), report.corpus().problems());
    assertEquals(5487, index.count());
  }

  @Test
  void reindexingTheSameCorpusKeepsTheCount() {
    new CorpusIndexer(index).index(RealCorpus.days().resolve("2024-10-18.md"), CorpusReader.QUIETLY);
    assertEquals(5487, index.count());
  }

  @Test
  void repeatedPaperKeepsItsFirstDay() {
    assertEquals(LocalDate.of(2024, 10, 16), searcher.paper("2410.09342").orElseThrow().date());
  }

  @Test
  void koreanAndEnglishTransformerQueriesHaveManyMarkedHits() {
    for (String q : List.of("트랜스포머", "transformer")) {
      SearchResponse r = searcher.search(SearchRequest.of(q));
      assertTrue(r.total() > 100, q + ": " + r.total());
      for (Hit hit : r.hits()) {
        assertTrue(
            hit.titleHtml().contains("<mark>") || String.join(" ", hit.snippets()).contains("<mark>"),
            q + " → " + hit);
      }
    }
  }

  @Test
  void rewardModelQueryRanksRewardModelPapersFirst() {
    List<Hit> top = searcher.search(SearchRequest.of("강화 학습 보상 모델")).hits().subList(0, 3);
    for (Hit hit : top) {
      String text = (hit.title() + " " + String.join(" ", hit.snippets())).toLowerCase();
      assertTrue(text.contains("reward") || text.contains("보상"), hit.toString());
    }
  }

  @Test
  void monthFilterReturnsOnlyThatMonth() {
    SearchResponse r =
        searcher.search(
            new SearchRequest("", new DateRange(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31)), null, 1, 100));
    assertTrue(r.hits().stream().allMatch(h -> h.date().startsWith("2024-10")));
    assertEquals(1, r.facets().month().size());
    assertEquals(r.total(), r.facets().month().get(0).count());
  }
}
