package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Golden tokens, with offsets, for each analyzer on sentences shaped like the real digests. */
class PaperAnalyzersTest {

  private final Analyzer korean = PaperAnalyzers.korean();
  private final Analyzer english = PaperAnalyzers.english(false);
  private final Analyzer englishIndex = PaperAnalyzers.english(true);
  private final Analyzer names = PaperAnalyzers.authors();

  @Test
  void koreanDropsParticlesAndEndingsAndSplitsCompounds() {
    assertEquals(
        List.of("트랜스포머[0,5]", "어텐션[7,10]", "개선[12,14]", "확산[16,18]", "모델[18,20]", "제안[22,24]"),
        Tokens.of(korean, "트랜스포머의 어텐션을 개선한 확산모델을 제안합니다."));
  }

  @Test
  void koreanLowerCasesAndStemsEnglishTermsInParentheses() {
    assertEquals(
        List.of(
            "검색[0,2]", "증강[3,5]", "생성[6,8]", "retriev[9,18]", "augment[19,28]", "gener[29,39]",
            "rag[41,44]", "transform[47,59]", "사용[61,63]"),
        Tokens.of(korean, "검색 증강 생성(Retrieval-Augmented Generation, RAG)은 Transformers를 사용한다"));
  }

  @Test
  void koreanDropsQuestionWords() {
    assertEquals(
        List.of("평양[0,2]", "축전[2,4]", "파견[6,8]", "인물[10,12]"),
        Tokens.of(korean, "평양축전에 파견된 인물은 누구인가? 무엇을 어디서"));
  }

  @Test
  void koreanKeepsTheDictionarysCompoundsWhole() {
    // Decompounding NONE: 시계열 is not cut into 시 + 계열, nor 해상도 into 해상 + 도.
    assertEquals(
        List.of("시계열[0,3]", "예측[4,6]", "초[8,9]", "해상도[9,12]", "자연어[14,17]", "처리[17,19]"),
        Tokens.of(korean, "시계열 예측과 초해상도, 자연어처리"));
  }

  @Test
  void koreanSpacingVariantsGiveTheSameTerms() {
    assertEquals(Tokens.terms(korean, "강화 학습"), Tokens.terms(korean, "강화학습"));
    assertEquals(Tokens.terms(korean, "확산 모델을"), Tokens.terms(korean, "확산모델"));
  }

  @Test
  void userDictionaryKeepsLoanwordsAndPrefixesWhole() {
    assertEquals(
        List.of("임베딩[0,3]", "그래디언트[4,9]", "비지도[10,13]", "학습[14,16]", "멀티턴[18,21]"),
        Tokens.of(korean, "임베딩 그래디언트 비지도 학습을 멀티턴"));
    // Without them Nori read 메쉬 as 메 and 태스크 as 태 + 크 here (and 체인 as 체 elsewhere).
    assertEquals(
        List.of("빠른[0,2]", "메쉬[3,5]", "추출[6,8]", "태스크[10,13]", "체인[15,17]"),
        Tokens.of(korean, "빠른 메쉬 추출과 태스크별 체인"));
    // Nori's noun prefixes (XPN) are kept: 비효율 must not become 효율.
    assertEquals(List.of("비[0,1]", "효율[1,3]"), Tokens.of(korean, "비효율적인"));
  }

  @Test
  void englishTitlesAreStemmedWithoutStopWordsOrPossessives() {
    assertEquals(
        List.of("scale[0,7]", "law[8,12]", "transform[17,29]", "attent[31,40]"),
        Tokens.of(english, "Scaling Laws for Transformers' Attention"));
    assertEquals(
        List.of("qwen2.5[0,7]", "vl[8,10]", "technic[11,20]", "report[21,27]"),
        Tokens.of(english, "Qwen2.5-VL Technical Report"));
  }

  @Test
  void indexedTitlesAlsoHoldThePartsOfCamelCaseNames() {
    assertEquals(
        List.of(
            "slicegpt[0,8]", "slice[0,5]", "gpt[5,8]", "deepseekmath[10,22]", "deep[10,14]", "seek[14,18]",
            "math[18,22]", "qwen2.5[27,34]", "qwen2[27,32]", "5[33,34]", "vl[35,37]", "gpt[39,42]",
            "4o[43,47]", "llama[48,53]", "lla[48,51]", "ma[51,53]"),
        Tokens.of(englishIndex, "SliceGPT: DeepSeekMath and Qwen2.5-VL, GPT-4o's LLaMA"));
    // Queries keep the name whole: DeepSeek must not also search every title with "Deep".
    assertEquals(List.of("deepseek[0,8]", "math[9,13]"), Tokens.of(english, "DeepSeek Math"));
  }

  @Test
  void namesAreFoldedAndSplitIntoParts() {
    assertEquals(List.of("jurgen[0,6]", "muller[7,13]"), Tokens.of(names, "Jürgen Müller"));
    assertEquals(List.of("tri[0,3]", "dao[4,7]"), Tokens.of(names, "Tri Dao"));
  }

  @Test
  void hangulBigramsPairSyllablesAndLeaveOtherWordsAlone() {
    assertEquals(
        List.of("확산[0,2]", "산모[1,3]", "모델[2,4]", "GPT[5,8]", "4o[9,11]", "빠[12,13]"),
        Tokens.of(PaperAnalyzers.hangulBigrams(), "확산모델 GPT-4o 빠"));
  }
}
