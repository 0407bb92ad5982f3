package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sound keys of Hangul transliterations and the English words they spell. */
class SoundKeyTest {

  private static int agreement(String hangul, String english) {
    SoundKey.Reading h = SoundKey.ofHangul(hangul);
    return SoundKey.ofLatin(english).stream().mapToInt(l -> SoundKey.vowelAgreement(h, l)).max().orElse(0);
  }

  @Test
  void hangulReadingsKeepConsonantClassesAndVowelSlots() {
    assertEquals(new SoundKey.Reading("MVNVMVKS", List.of("ㅣ", "ㅣ", "ㅐ")), SoundKey.ofHangul("미니맥스"));
    // ㅡ closes a consonant and is no vowel; 클+로 give one ㄹ.
    assertEquals(new SoundKey.Reading("HVPVKLVBV", List.of("ㅏㅣ", "ㅓ", "ㅗ", "ㅏ")), SoundKey.ofHangul("하이퍼클로바"));
    // A final 지 closes ㅈ as well (bridge); a final ㅅ before a consonant is not sounded.
    assertEquals(SoundKey.ofHangul("브리지").key(), SoundKey.ofHangul("브릿지").key());
    assertNull(SoundKey.ofHangul("GPT4"));
  }

  @Test
  void englishReadingsCoverAmbiguousLetters() {
    assertEquals(List.of(new SoundKey.Reading("MVNVMVKS", List.of("i", "i", "a"))), SoundKey.ofLatin("MiniMax"));
    // g before i may be ㄱ or ㅈ; the silent final e is left out.
    assertEquals(List.of("GVMVNV", "JVMVNV"), SoundKey.ofLatin("gemini").stream().map(SoundKey.Reading::key).toList());
    // x is ㄱ+ㅅ, as 엑사원 writes it.
    assertEquals("VKSVN", SoundKey.ofLatin("exaone").get(0).key());
    assertEquals("VKSVN", SoundKey.ofHangul("엑사원").key());
    assertTrue(SoundKey.ofLatin("gpt-4o").isEmpty());
  }

  @Test
  void transliterationsAgreeWithTheirEnglishWords() {
    String[][] pairs = {
      {"미니맥스", "minimax"}, {"하이퍼클로바", "hyperclova"}, {"맘바", "mamba"}, {"엑사원", "exaone"},
      {"인피니", "infini"}, {"트랜스포머", "transformer"}, {"라이트닝", "lightning"}, {"클로드", "claude"},
      {"제미나이", "gemini"}, {"라마", "llama"}, {"모델", "model"}, {"데이터", "data"}, {"어텐션", "attention"},
      {"브리지", "bridge"}, {"인터랙티브", "interactive"}, {"디퓨전", "diffusion"}, {"에이전트", "agent"},
      {"임베딩", "embedding"}, {"퍼플렉서티", "perplexity"}, {"스트리밍", "streaming"}, {"파이썬", "python"},
      {"딥시크", "deepseek"}, {"푸리에", "fourier"}, {"오토인코더", "autoencoder"},
      // q by its letter name, as Korean writes Q-names; qu stays ㅋ+ㅜ.
      {"큐웬", "qwen"}, {"큐로라", "qlora"}, {"퀀텀", "quantum"},
      // a leading wh as the w it sounds.
      {"위스퍼", "whisper"},
      // 직 sounds its ㅣ: only an open 지 at the end closes ㅈ.
      {"뮤직", "music"}, {"로직", "logic"}, {"매직", "magic"}, {"디노이징", "denoising"},
      // tch is the ch alone.
      {"매칭", "matching"}, {"패치", "patch"}, {"스케치", "sketch"}
    };
    for (String[] p : pairs) {
      assertTrue(agreement(p[0], p[1]) > 0, p[0] + " / " + p[1]);
    }
  }

  @Test
  void nativeWordsDoNotMatchEnglishWordsThatMerelySoundAlike() {
    String[][] pairs = {
      {"초안", "chain"}, {"지연", "chain"}, {"카드", "cat"}, {"비트", "fid"}, {"바이트", "video"},
      // a short vowel (before tch, ck or a doubled consonant) takes no glide: page, smile, tail.
      {"페이지", "patch"}, {"스마일", "small"}, {"테일", "tell"},
      {"통해", "donghae"}, {"기반", "kevin"}, {"붙이는", "body"}, {"푸리에", "full"}, {"큐원", "quantum"}
    };
    for (String[] p : pairs) {
      assertEquals(0, agreement(p[0], p[1]), p[0] + " / " + p[1]);
    }
  }
}
