package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.analysis.Synonyms;
import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance features end to end, on hand-written papers: glossary expansion both ways, compact
 * model names, loanword respelling, spacing and particles, Korean phrases.
 */
class RelevanceFeaturesTest {

  @TempDir static Path dir;
  private static PaperIndex index;
  private static Searcher searcher;

  @BeforeAll
  static void open() throws URISyntaxException {
    index = PaperIndex.open(dir);
    CorpusIndexer indexer = new CorpusIndexer(index);
    indexer.index(TestIndexes.sampleDir(), CorpusReader.QUIETLY);
    indexer.index(Paths.get(RelevanceFeaturesTest.class.getResource("/relevance").toURI()), CorpusReader.QUIETLY);
    searcher = new LuceneSearcher(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static long total(String q) {
    return searcher.search(new SearchRequest(q, DateRange.ALL, null, 1, 1)).total();
  }

  private static List<String> ids(String q) {
    return searcher.search(new SearchRequest(q, DateRange.ALL, null, 1, 20)).hits().stream().map(Hit::id).toList();
  }

  @Test
  void glossaryIsMinedFromTheIndexedSummaries() {
    assertTrue(
        index.glossary().entries().stream()
            .anyMatch(e -> e.korean().equals("잔차 연결") && e.english().equals("residual connection")),
        index.glossary().entries().toString());
  }

  @Test
  void aSynonymFindsTheSummarysOwnWord() {
    // 2408.90042 says 인간 and 작업; the reader types 사람 and 과제 (config/synonyms_ko.txt).
    String q = "사람 대신 집안일 과제";
    assertTrue(ids(q).contains("2408.90042"), ids(q).toString());
    Searcher without = new LuceneSearcher(index, QueryOptions.shipped().withSynonyms(Synonyms.NONE));
    List<String> found = without.search(new SearchRequest(q, DateRange.ALL, null, 1, 20)).hits().stream().map(Hit::id).toList();
    assertFalse(found.contains("2408.90042"), found.toString());
  }

  @Test
  void koreanTermReachesAnEnglishOnlyTitle() {
    // 2408.90001 never says 잔차 연결; only its English title says "Residual Connection".
    assertTrue(ids("잔차 연결").contains("2408.90001"), ids("잔차 연결").toString());
  }

  @Test
  void englishTermReachesAKoreanOnlySummary() {
    // 2408.90007 writes 잔차 연결 without the English gloss.
    assertTrue(ids("residual connection").contains("2408.90007"), ids("residual connection").toString());
  }

  @Test
  void compactModelNamesMatchHoweverTheyAreWritten() {
    for (String q : List.of("gpt4o", "GPT-4o", "gpt 4o", "GPT4o 채점")) {
      assertEquals("2408.90004", ids(q).get(0), q + " → " + ids(q));
    }
    List<String> gpt4o = ids("GPT-4o");
    assertTrue(gpt4o.indexOf("2408.90004") < gpt4o.indexOf("2408.90005") || !gpt4o.contains("2408.90005"));
  }

  @Test
  void misspelledLoanwordFindsTheIndexedSpelling() {
    assertEquals("2408.90003", ids("인터렉티브").get(0), ids("인터렉티브").toString());
    assertEquals("2408.90003", ids("인터랙티브").get(0));
  }

  @Test
  void spacingAndParticlesDoNotMatter() {
    // The same papers, and the same three first; near ties among them may trade places, since one
    // word and two words weigh differently.
    for (String variant : List.of("확산모델", "확산 모델을")) {
      assertEquals(total("확산 모델"), total(variant), variant);
      assertEquals(Set.copyOf(ids("확산 모델").subList(0, 3)), Set.copyOf(ids(variant).subList(0, 3)), variant);
    }
  }

  @Test
  void koreanPhraseNeedsTheWordsInOrder() {
    assertEquals(List.of("2408.90006"), ids("\"모델 확산\""));
    assertTrue(ids("모델 확산").size() > 1);
    assertTrue(ids("\"확산 모델\"").contains("2408.90006"));
  }

  @Test
  void hangulSpellingsFindEnglishOnlyNames() {
    // 2408.90011 writes Mamba and Lightning only in English.
    assertEquals("2408.90011", ids("맘바 언어 모델").get(0), ids("맘바 언어 모델").toString());
    assertEquals("2408.90011", ids("라이트닝 게이트").get(0), ids("라이트닝 게이트").toString());
  }

  @Test
  void anEnglishNameFindsItsHangulSpellingAtGlossaryWeight() {
    // 2408.90014 writes only 맘바; the papers that write Mamba itself stay ahead of it.
    List<String> mamba = ids("mamba");
    assertTrue(mamba.contains("2408.90014"), mamba.toString());
    assertTrue(mamba.indexOf("2408.90011") < mamba.indexOf("2408.90014"), mamba.toString());
    assertEquals("2408.90014", ids("맘바 뱀").get(0), "and the Hangul finds it first as typed");
  }

  @Test
  void aLoanwordSearchesEnglishTitlesEvenWhenTheSummariesWriteItInHangul() {
    // 시스템 is in two summaries and "system" in one title: the summaries keep the Hangul, but the
    // English-only title of 2408.90015 is still found by the loanword.
    List<String> system = ids("시스템");
    assertTrue(system.contains("2408.90015"), system.toString());
    assertEquals("2408.90015", ids("시스템 카드").get(0), ids("시스템 카드").toString());
  }

  @Test
  void aSinoKoreanWordIsNeverReadAsEnglish() {
    // 개선 sounds like gaussian, but it is 改善 (and in more summaries than gaussian is in papers): the
    // Gaussian title of 2408.90018 must not answer it (its synonym 향상 may find other papers).
    List<String> improve = ids("개선");
    assertEquals(Set.of("2408.90016", "2408.90017", "2408.90019"), Set.copyOf(improve.subList(0, 3)), improve.toString());
    assertFalse(improve.contains("2408.90018"), improve.toString());
    // 주지 (周知, making known) sounds like judge, and no paper writes it beside the English word:
    // judge must not find 2408.90041, which says 주지 and nothing about judges.
    List<String> judge = ids("judge");
    assertTrue(judge.contains("2408.90040") && !judge.contains("2408.90041"), judge.toString());
  }

  @Test
  void wordsPairedInLongerGlossesBridgeBothWays() {
    // 초과 위험(excess risk) is glossed in three summaries, so 초과 ↔ excess is mined as a word pair:
    // an English query reaches the summary that only says 초과 손실, a Korean one the English-only title.
    List<String> excess = ids("excess");
    assertTrue(excess.contains("2408.90022"), excess.toString());
    List<String> chogwa = ids("초과");
    assertTrue(chogwa.contains("2408.90026"), chogwa.toString());
  }

  @Test
  void aConjugatedVerbIsNeverReadAsEnglish() {
    // 골라 ("choosing") sounds like GALA, the title of 2408.90021, but Nori reads it as 고르 + 아.
    assertEquals("2408.90021", ids("gala").get(0), ids("gala").toString());
    assertTrue(!ids("어댑터 골라").contains("2408.90021"), ids("어댑터 골라").toString());
  }

  @Test
  void anEnglishFunctionWordAmongOtherWordsIsNotSearched() {
    // Seo-yeon An and Or Tal wrote 2408.90020, about none of these words.
    assertEquals(List.of("2408.90020"), ids("or tal"), "a name still finds its author");
    assertTrue(ids("an").contains("2408.90020"), "a lone word may be a surname");
    List<String> sentence = ids("an adapter server or routing");
    assertEquals("2408.90016", sentence.get(0), sentence.toString());
    assertTrue(sentence.subList(0, 3).contains("2408.90017"), sentence.toString());
    assertTrue(!sentence.contains("2408.90020"), sentence.toString());
    // Nor an English word of a summary: 2408.90029 has "state of the art" and nothing else asked for.
    List<String> attacks = ids("taxonomy of attacks");
    assertEquals("2408.90034", attacks.get(0), attacks.toString());
    assertFalse(attacks.contains("2408.90029"), attacks.toString());
    assertTrue(ids("an or").contains("2408.90020"), "a query of function words only is searched as typed");
  }

  @Test
  void hangulAuthorNamesFindRomanizedAuthors() {
    assertEquals(List.of("2408.90011"), ids("조경현"), "Kyunghyun Cho, not Kyung-Min Cho");
    assertEquals("2408.90013", ids("서민준의").get(0), "hyphenated Min-Joon Seo, particle dropped");
  }

  @Test
  void anAbbreviationTheCorpusDefinesFindsItsLongFormAndBack() {
    // Three summaries define NeRF; 2408.90030 says Neural Radiance Fields only in its title, 2408.90031
    // only NeRF in its summary.
    List<String> abbreviation = ids("NeRF");
    assertTrue(abbreviation.contains("2408.90030"), abbreviation.toString());
    List<String> longForm = ids("neural radiance fields");
    assertTrue(longForm.contains("2408.90031"), longForm.toString());
    assertTrue(
        index.glossary().abbreviations().stream().anyMatch(a -> a.shortForm().equals("nerf")),
        index.glossary().abbreviations().toString());
  }

  @Test
  void aLoanwordFindsTheSummariesOtherSpellingOfIt() {
    // 2408.90028 writes 메쉬, which Nori splits into 메 + 쉬; 메시 is one word to it. 2408.90031 writes
    // 캐쉬 and 콘텍스트, which Nori splits too.
    assertEquals("2408.90028", ids("메시").get(0), ids("메시").toString());
    assertEquals("2408.90031", ids("캐시").get(0), ids("캐시").toString());
    assertEquals("2408.90031", ids("컨텍스트").get(0), ids("컨텍스트").toString());
  }

  @Test
  void anEnglishWordFindsItsHangulSpellingOnlyAsAWhole() {
    // 2408.90032 writes 텍소노미, which Nori cuts into 텍 소노 미; 2408.90033 has 소노 (a place name),
    // one of those pieces, and nothing about taxonomies. (택소노미, all Sino-Korean syllables, would
    // need a paper writing it beside "taxonomy": see TransliterationsTest.)
    List<String> taxonomy = ids("taxonomy");
    assertEquals(List.of("2408.90034", "2408.90032"), taxonomy, "the English word first, then its whole Hangul spelling, and not the piece");
  }

  @Test
  void aHangulModelNameWithItsVersionFindsTheModel() {
    // 파이 has one consonant, too few to be read as English alone, but a version after it makes it a
    // name: Phi-4. The version joins the name (Qwen2) as well as standing apart (Phi-4, EXAONE 3.5).
    assertEquals("2408.90035", ids("파이4").get(0), ids("파이4").toString());
    assertEquals("2408.90035", ids("파이4 기술 보고서").get(0), ids("파이4 기술 보고서").toString());
    // The sample's Qwen2-VL is a Qwen2 too; the stereo paper has Qwen (its author) and 2 apart, more votes and many 2s.
    List<String> qwen2 = ids("큐웬2");
    assertEquals(Set.of("2409.12191", "2408.90036"), Set.copyOf(qwen2.subList(0, 2)), qwen2.toString());
    // Without a version 파이 stays Korean (searched as typed: as the last word typed it is also read
    // as the beginning of a longer word, 파이프라인).
    List<String> pie = searcher.search(new SearchRequest("파이", DateRange.ALL, null, 1, 20, false, true)).hits().stream().map(Hit::id).toList();
    assertTrue(pie.isEmpty(), "without a version 파이 stays Korean: " + pie);
  }

  @Test
  void aLoanwordNoriCutsIsSearchedWholeNotByItsPieces() {
    // Nori reads 시그립 as 시 + 그립, and 그립 (grip) is in 2408.90039 three times: it must not match
    // there as a word, only as the English SigLIP of 2408.90038.
    List<String> siglip = ids("시그립");
    assertEquals("2408.90038", siglip.get(0), siglip.toString());
    assertTrue(total("시그립 인코더") > 0);
  }
}
