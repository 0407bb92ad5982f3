package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hangul names read the ways author lists write them. */
class KoreanNamesTest {

  @Test
  void surnameSpellingsAreTheOnesPeopleUse() {
    assertEquals(List.of("cho", "jo"), KoreanNames.of("조경현").surnames());
    assertEquals(List.of("lee", "yi", "rhee", "ri", "li"), KoreanNames.of("이민호").surnames());
    assertEquals(List.of("namgung", "namkoong"), KoreanNames.of("남궁민수").surnames());
  }

  @Test
  void givenNamesComeJoinedAndHyphenated() {
    List<List<String>> given = KoreanNames.of("조경현").givenNames();
    assertTrue(given.contains(List.of("kyunghyun")), given.toString());
    assertTrue(given.contains(List.of("gyeonghyeon")), given.toString());
    assertTrue(given.contains(List.of("kyung", "hyun")), given.toString());
    assertTrue(KoreanNames.of("서민준").givenNames().contains(List.of("minjoon")));
  }

  @Test
  void onlySurnamePlusTwoSyllablesIsAName() {
    assertNull(KoreanNames.of("한영"), "one-syllable given names would make most two-syllable words names");
    assertNull(KoreanNames.of("트랜스포머"));
    assertNull(KoreanNames.of("모델링"), "모 is no surname");
    assertNull(KoreanNames.of("Cho"));
  }
}
