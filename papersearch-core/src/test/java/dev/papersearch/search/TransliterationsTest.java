package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.Glossary.SoundPair;
import dev.papersearch.analysis.Glossary.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Hangul spelling an English word gets, from a glossary's word counts. */
class TransliterationsTest {

  private static Transliterations of(List<Word> english, List<Word> hangul) {
    return new Transliterations(new Glossary(List.of(), english, hangul));
  }

  private static Transliterations of(List<Word> english, List<Word> hangul, List<SoundPair> pairs) {
    return new Transliterations(new Glossary(List.of(), english, hangul, List.of(), pairs));
  }

  @Test
  void aWordWithAParticleIsNotASpellingOfItsOwn() {
    // 트랙에 is 트랙 + 에 (counts of the real corpus), written far more often without it; its 에 must not pass for tracker's -er.
    Transliterations t =
        of(List.of(new Word("tracker", 5)), List.of(new Word("트랙", 22), new Word("트랙에", 4), new Word("트래커", 1)));
    assertEquals("트래커", t.hangulFor("tracker"));
  }

  @Test
  void aLoanwordEndingLikeAParticleStaysASpelling() {
    // 플레 is counted in papers writing 플레이 (its 이 looks like a particle): not a word of its own.
    Transliterations t = of(List.of(new Word("play", 50)), List.of(new Word("플레이", 66), new Word("플레", 61)));
    assertEquals("플레이", t.hangulFor("play"));
  }

  @Test
  void aPluralFindsTheSpellingOfItsSingular() {
    // Korean writes a loanword after the singular: 프로필, never 프로필스.
    Transliterations t = of(List.of(new Word("profiles", 3)), List.of(new Word("프로필", 9)));
    assertEquals("프로필", t.hangulFor("profiles"));
    assertEquals("프로필", t.hangulFor("profile"));
    assertEquals("폴리시", of(List.of(), List.of(new Word("폴리시", 4))).hangulFor("policies"));
  }

  @Test
  void aSinoKoreanWordSpellsOnlyTheEnglishTheGlossaryPairsItWith() {
    // Counts of the real corpus. 원리 (原理, principle) sounds like "only", 마진 like "machine", and
    // neither is ever written beside it; 마진 is written beside "margin", 가우시안 beside "gaussian".
    List<Word> english = List.of(new Word("only", 30), new Word("machine", 68), new Word("margin", 4), new Word("gaussian", 177));
    List<Word> hangul = List.of(new Word("원리", 24), new Word("마진", 9), new Word("가우시안", 97));
    List<SoundPair> pairs = List.of(new SoundPair("마진", "margin", 1), new SoundPair("가우시안", "gaussian", 63));
    Transliterations t = of(english, hangul, pairs);
    assertNull(t.hangulFor("only"));
    assertNull(t.englishFor("원리", false));
    assertNull(t.hangulFor("machine"));
    assertEquals("마진", t.hangulFor("margin"));
    assertEquals("margin", t.englishFor("마진", false).english());
    assertEquals("가우시안", t.hangulFor("gaussian"));
    assertEquals("가우시안", t.hangulFor("Gaussians"));
    // Nor is a verb form a spelling (많은, many, sounds like mean) unless the papers pair it: 피치,
    // which Nori reads as a verb, is pitch.
    Transliterations verbs =
        of(
            List.of(new Word("mean", 32), new Word("pitch", 2)),
            List.of(new Word("많은", 2000), new Word("피치", 5)),
            List.of(new SoundPair("피치", "pitch", 1)));
    assertNull(verbs.hangulFor("mean"));
    assertEquals("피치", verbs.hangulFor("pitch"));
    // A loanword holding a syllable no character reads needs no pair.
    assertEquals("프로필", of(List.of(new Word("profile", 3)), List.of(new Word("프로필", 9))).hangulFor("profile"));
  }

  @Test
  void aVersionedNameNeedsOnlyOneConsonantButTwoSyllables() {
    Transliterations t = of(List.of(new Word("phi", 31), new Word("geo", 5)), List.of());
    assertEquals("phi", t.englishFor("파이", true).english());
    assertNull(t.englishFor("파이", false), "one consonant, no version: Korean");
    assertNull(t.englishFor("제", true), "제2차 is Korean");
  }

  @Test
  void aShortVowelIsWrittenWithoutAGlide() {
    // Counts of the real corpus: 페이지 (page) is written more often than 패치, and both sound like
    // patch to a key that reads tch as ch; the short a of patch is never 에이.
    Transliterations t =
        of(
            List.of(new Word("patch", 21), new Word("page", 6)),
            List.of(new Word("페이지", 118), new Word("패치", 87)),
            List.of(new SoundPair("패치", "patch", 17)));
    assertEquals("패치", t.hangulFor("patch"));
    assertEquals("패치", t.hangulFor("patches"));
    assertEquals("페이지", t.hangulFor("page"));
  }

  @Test
  void aClosedSyllableAfterJSoundsItsVowel() {
    // Only an open 지 ends a word on a bare ㅈ (브리지 = bridge); 직 and 징 sound their ㅣ.
    Transliterations t = of(List.of(new Word("music", 41), new Word("denoising", 58)), List.of());
    assertEquals("music", t.englishFor("뮤직", false).english());
    assertEquals("denoising", t.englishFor("디노이징", false).english());
  }
}
