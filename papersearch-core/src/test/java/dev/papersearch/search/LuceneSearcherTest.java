package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.SearchResponse.FacetBucket;
import dev.papersearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking, highlighting, facets, sorting and paging over the bundled sample. */
class LuceneSearcherTest {

  @TempDir static Path dir;
  private static PaperIndex index;
  private static Searcher searcher;

  @BeforeAll
  static void open() {
    index = TestIndexes.sampleIndex(dir);
    searcher = new LuceneSearcher(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SearchResponse search(String q) {
    return searcher.search(SearchRequest.of(q));
  }

  private static SearchResponse search(String q, DateRange dates, SortOrder sort, int page, int size) {
    return searcher.search(new SearchRequest(q, dates, sort, page, size));
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void koreanQueryMarksTheWholeWordAsWritten() {
    SearchResponse r = search("트랜스포머");
    assertTrue(r.total() >= 3, "total " + r.total());
    String snippets = String.join(" ", r.hits().get(0).snippets());
    assertTrue(snippets.matches(".*<mark>트랜스포머[가-힣]*</mark>.*"), snippets);
    for (Hit hit : r.hits()) {
      for (String s : hit.snippets()) {
        assertFalse(s.contains("<mark>트랜스포</mark>") || s.contains("**") || s.startsWith("- "), s);
      }
    }
  }

  @Test
  void particleOnTheQueryFindsTheSamePapers() {
    List<String> spaced = ids(search("확산 모델", DateRange.ALL, null, 1, 100));
    assertFalse(spaced.isEmpty());
    assertEquals(Set.copyOf(spaced), Set.copyOf(ids(search("확산모델을", DateRange.ALL, null, 1, 100))));
    assertEquals(Set.copyOf(spaced.subList(0, 2)), Set.copyOf(ids(search("확산모델")).subList(0, 2)));
  }

  @Test
  void englishQueryHighlightsTitle() {
    SearchResponse r = search("transformers");
    assertTrue(r.total() >= 3);
    assertTrue(
        r.hits().stream().anyMatch(h -> h.titleHtml().contains("<mark>Transformers</mark>")),
        r.hits().toString());
  }

  @Test
  void rewardModelQueryRanksRewardModelPapersFirst() {
    SearchResponse r = search("강화 학습 보상 모델");
    Set<String> rewardPapers = Set.of("2403.13787", "2305.18290", "2305.20050", "2501.12948");
    assertTrue(rewardPapers.contains(r.hits().get(0).id()), ids(r).toString());
    assertTrue(rewardPapers.contains(r.hits().get(1).id()), ids(r).toString());
  }

  @Test
  void authorSurnameFindsBothPapers() {
    assertEquals(Set.of("1706.03762", "1701.06538"), Set.copyOf(ids(search("Shazeer"))));
  }

  @Test
  void mixedQueryPrefersPaperMatchingMoreWords() {
    SearchResponse r = search("QLoRA 양자화 메모리");
    assertEquals("2305.14314", r.hits().get(0).id());
  }

  @Test
  void missingWordDoesNotEmptyTheResult() {
    assertEquals("2106.09685", search("LoRA 존재하지않는낱말xyz").hits().get(0).id());
  }

  @Test
  void phraseIsRequiredAndExclusionRemoves() {
    SearchResponse phrase = search("\"speculative decoding\"");
    assertEquals(List.of("2211.17192"), ids(phrase));
    List<String> withoutQ = ids(search("LoRA -QLoRA"));
    assertTrue(withoutQ.contains("2106.09685"));
    assertFalse(withoutQ.contains("2305.14314"));
  }

  @Test
  void emptyQueryListsEverythingNewestFirst() {
    SearchResponse r = search("", DateRange.ALL, null, 1, 100);
    assertEquals(index.count(), r.total());
    List<String> dates = r.hits().stream().map(Hit::date).toList();
    assertEquals(dates.stream().sorted((a, b) -> b.compareTo(a)).toList(), dates);
  }

  @Test
  void dateFilterKeepsOnlyThatMonthAndFacetsCountAllMatches() {
    DateRange sept = new DateRange(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30));
    SearchResponse r = search("", sept, null, 1, 2);
    assertEquals(5, r.total());
    assertEquals(2, r.hits().size());
    assertEquals(List.of(new FacetBucket("2024-09", 5)), r.facets().month());
    assertEquals(List.of(new FacetBucket("2024", 5)), r.facets().year());
    assertEquals(5, r.facets().day().stream().mapToLong(FacetBucket::count).sum());
    assertTrue(r.facets().day().stream().allMatch(b -> b.value().startsWith("2024-09-")));
    assertTrue(r.hits().stream().allMatch(h -> h.date().startsWith("2024-09")));
  }

  @Test
  void daysAreCountedForAMonthOrLessOnly() {
    assertEquals(List.of(), search("").facets().day());
    DateRange longer = new DateRange(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 2));
    assertEquals(List.of(), search("", longer, null, 1, 10).facets().day());
    String day = search("", longer, null, 1, 1).hits().get(0).date();
    DateRange oneDay = new DateRange(LocalDate.parse(day), LocalDate.parse(day));
    SearchResponse r = search("", oneDay, null, 1, 10);
    assertEquals(List.of(new FacetBucket(day, r.total())), r.facets().day());
  }

  @Test
  void unmatchedWordsStayUnmatchedUnderADateFilter() {
    DateRange sept = new DateRange(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30));
    assertEquals(0, search("zzqxv", sept, null, 1, 10).total());
    assertEquals(0, search("zzqxv", DateRange.ALL, null, 1, 10).total());
    assertEquals(1, search("speculative", sept, null, 1, 10).total());
  }

  @Test
  void facetsAreNewestFirst() {
    List<String> months = search("").facets().month().stream().map(FacetBucket::value).toList();
    assertEquals(List.of("2025-02", "2024-09", "2024-07", "2024-06"), months);
  }

  @Test
  void votesSortIsDescendingWithUnknownLast() {
    SearchResponse r = search("", DateRange.ALL, SortOrder.VOTES, 1, 100);
    List<Integer> votes = r.hits().stream().map(Hit::votes).toList();
    for (int i = 1; i < votes.size(); i++) {
      Integer prev = votes.get(i - 1);
      Integer cur = votes.get(i);
      assertTrue(cur == null || (prev != null && prev >= cur), votes.toString());
    }
    assertEquals(254, votes.get(0));
  }

  @Test
  void pagesDoNotOverlapAndResultsAreDeterministic() {
    List<String> first = ids(search("모델", DateRange.ALL, null, 1, 4));
    List<String> second = ids(search("모델", DateRange.ALL, null, 2, 4));
    Set<String> all = new HashSet<>(first);
    all.addAll(second);
    assertEquals(8, all.size());
    assertEquals(first, ids(search("모델", DateRange.ALL, null, 1, 4)));
  }

  @Test
  void markupInTitlesAndSummariesComesBackEscaped() {
    Hit hit = search("시험용 항목").hits().get(0);
    assertEquals("2407.00001", hit.id());
    assertFalse(hit.titleHtml().contains("<script>"), hit.titleHtml());
    assertTrue(hit.titleHtml().startsWith("&lt;script&gt;"), hit.titleHtml());
    String snippets = String.join(" ", hit.snippets());
    assertFalse(snippets.contains("<img"), snippets);
    assertEquals(snippets.replace("<mark>", "").replace("</mark>", "").indexOf('<'), -1, snippets);
  }

  @Test
  void brokenBlockIsSkippedButItsNeighbourIsIndexed() {
    assertTrue(searcher.paper("2407.00003").isPresent());
    assertTrue(searcher.paper("2407.00002").isEmpty());
  }

  @Test
  void syntaxCharactersNeverFail() {
    for (String q : List.of("\"", "(", "*", ":", "\\", "\u0001", "AND OR NOT", "-", "\"unclosed 모델", "a:b~2^3")) {
      search(q);
    }
  }

  @Test
  void paperRoundTripsThroughTheIndex() {
    var paper = searcher.paper("2312.00752").orElseThrow();
    assertEquals("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", paper.title());
    assertEquals(List.of("Albert Gu", "Tri Dao"), paper.authors());
    assertEquals(LocalDate.of(2024, 9, 10), paper.date());
    assertEquals(3, paper.sections().size());
  }
}
