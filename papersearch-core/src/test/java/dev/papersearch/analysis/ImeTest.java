package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a 2-beolsik IME shows while a word is typed, and what keystrokes compose. */
class ImeTest {

  @Test
  void theComposingSyllableShowsATentativeFinalThatMovesOnBeforeAVowel() {
    assertEquals(
        List.of("ㅌ", "트", "틀", "트래", "트랜", "트랜ㅅ", "트랜스", "트랜슾", "트랜스포", "트랜스폼", "트랜스포머"),
        Ime.states("트랜스포머"));
  }

  @Test
  void compoundVowelsAndDoubleFinalsJoinAndSplit() {
    assertEquals(List.of("ㅎ", "호", "화", "확", "홗", "확사", "확산"), Ime.states("확산"));
    assertEquals(List.of("ㄷ", "다", "달", "닭", "달가"), Ime.states("달가"));
    assertEquals(List.of("ㅇ", "으", "의"), Ime.states("의"));
  }

  @Test
  void latinLettersAndSpacesAreOneKeystrokeEach() {
    assertEquals(
        List.of("G", "GP", "GPT", "GPT ", "GPT ㅁ", "GPT 모", "GPT 몯", "GPT 모데", "GPT 모델"),
        Ime.states("GPT 모델"));
    assertEquals(List.of("ㄱ", "가", "간", "간x"), Ime.states("간x"));
  }

  @Test
  void consonantsThatAreNoFinalStartTheNextSyllable() {
    assertEquals("아빠", Ime.compose("ㅇㅏㅃㅏ"));
    assertEquals("ㄱㅅ", Ime.compose("ㄱㅅ"));
    assertEquals("ㅘㅏ", Ime.compose("ㅗㅏㅏ"));
  }

  @Test
  void everySyllableComposesBackFromItsKeysAloneAndBeforeOthers() {
    for (char c = 0xAC00; c <= 0xD7A3; c++) {
      for (String next : List.of("", "아", "가", "빠", "와", " ")) {
        String text = c + next;
        assertEquals(text, Ime.compose(Jamo.disassemble(text)), text);
      }
    }
  }
}
