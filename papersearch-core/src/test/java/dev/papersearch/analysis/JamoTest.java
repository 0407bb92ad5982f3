package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text taken apart into 2-beolsik keystrokes, and the initials of a word, as es-hangul gives them. */
class JamoTest {

  /** Compound vowels and double finals are two keys, tense consonants one; other characters stay. */
  @ParameterizedTest
  @CsvSource({
    "트랜스포머, ㅌㅡㄹㅐㄴㅅㅡㅍㅗㅁㅓ",
    "값, ㄱㅏㅂㅅ",
    "의사, ㅇㅡㅣㅅㅏ",
    "확산, ㅎㅗㅏㄱㅅㅏㄴ",
    "닭, ㄷㅏㄹㄱ",
    "깎, ㄲㅏㄲ",
    "쌌, ㅆㅏㅆ",
    "ㄺㅘ, ㄹㄱㅗㅏ",
    "'GPT-4 모델', 'GPT-4 ㅁㅗㄷㅔㄹ'"
  })
  void textAsTheKeysThatTypeIt(String text, String keys) {
    assertEquals(keys, Jamo.disassemble(text));
  }

  /** As es-hangul: consonant letters and whitespace stay, everything else goes. */
  @ParameterizedTest
  @CsvSource({
    "트랜스포머, ㅌㄹㅅㅍㅁ",
    "'강화 학습', 'ㄱㅎ ㅎㅅ'",
    "'띄어 쓰기', 'ㄸㅇ ㅆㄱ'",
    "'GPT-4 모델ㅎ.', ' ㅁㄷㅎ'"
  })
  void theInitialsOfAWord(String text, String initials) {
    assertEquals(initials, Jamo.choseong(text));
  }

  @Test
  void lettersAtTheNumbersHangulGivesThem() {
    assertEquals('ㅌ', Jamo.INITIALS.charAt(Hangul.Initial.T));
    assertEquals('ㅢ', Jamo.MEDIALS.charAt(Hangul.Medial.UI));
    assertEquals('ㄺ', Jamo.FINALS.charAt(Hangul.Final.LG));
    assertEquals('ㅎ', Jamo.FINALS.charAt(Hangul.Final.H));
  }
}
