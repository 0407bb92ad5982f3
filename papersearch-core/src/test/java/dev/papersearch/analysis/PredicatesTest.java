package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PredicatesTest {

  @Test
  void conjugatedVerbsAndAdjectivesAreRecognized() {
    for (String word : new String[] {"골라", "보여주는", "뽑은", "고른", "높은"}) {
      assertTrue(Predicates.isConjugated(word), word);
    }
  }

  @Test
  void loanwordsNoriMisreadsAsPredicatesStartWithANoun() {
    // 믹스트랄 reads as 믹스 + 틀 + 랄 and 알파고 as 알파 + 이 + 고: an ending last, but a noun first.
    for (String word : new String[] {"믹스트랄", "알파고", "하이퍼클로바", "맘바의", "트랜스포머를", "젬마", "모델"}) {
      assertFalse(Predicates.isConjugated(word), word);
    }
  }

  @Test
  void sinoKoreanWordsAndVerbFormsReadAsKorean() {
    // 부패에 is 부패 (腐敗) with a particle; 피치 is pitch, but Nori reads it as 피 + 치, a verb form:
    // only the glossary's sound pairs can tell such a loanword from Korean.
    for (String word : new String[] {"원리", "부패에", "많은", "틀린", "비전", "피치"}) {
      assertTrue(Predicates.readsAsKorean(word), word);
    }
    for (String word : new String[] {"프로필", "맘바", "트랜스포머를", "데이터"}) {
      assertFalse(Predicates.readsAsKorean(word), word);
    }
  }
}
