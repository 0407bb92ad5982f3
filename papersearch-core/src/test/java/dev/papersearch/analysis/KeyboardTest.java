package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 2-beolsik layout over QWERTY, both ways, as es-hangul's convertQwertyToHangul reads it. */
class KeyboardTest {

  /** Keys typed in Korean mode and the Korean they type; shift types ㅃ ㅉ ㄸ ㄲ ㅆ ㅒ ㅖ. */
  @ParameterizedTest
  @CsvSource({
    "xmfostmvhaj, 트랜스포머",
    "ghkrtks, 확산",
    "ahepf, 모델",
    "dkssudgktpdy, 안녕하세요",
    "ekfrrkfql, 닭갈비",
    "Qkfms, 빠른",
    "dlTdjTek, 있었다",
    "'dOrl dPtl', '얘기 예시'"
  })
  void keysAndTheKoreanTheyType(String keys, String korean) {
    assertEquals(korean, Keyboard.toHangul(keys));
    assertEquals(keys, Keyboard.toQwerty(korean));
  }

  @Test
  void shiftOnTheOtherKeysTypesWhatTheKeyTypesWithoutIt() {
    assertEquals("ㅣㅐㄲㅁ", Keyboard.toHangul("LoRA"));
    assertEquals("lora", Keyboard.toQwerty("ㅣㅐㄱㅁ"));
  }

  @Test
  void otherCharactersStayAndEndASyllable() {
    assertEquals("얄려냐ㅐㅜ", Keyboard.toHangul("diffusion"));
    // Shifted P and T are ㅖ and ㅆ.
    assertEquals("혰-4 모델", Keyboard.toHangul("GPT-4 ahepf"));
    assertEquals("GPT-4 ahepf", Keyboard.toQwerty("GPT-4 모델"));
  }

  @Test
  void everySyllableSurvivesTheRoundTrip() {
    for (char c = 0xAC00; c <= 0xD7A3; c++) {
      String text = c + "다";
      assertEquals(text, Keyboard.toHangul(Keyboard.toQwerty(text)), text);
    }
  }
}
