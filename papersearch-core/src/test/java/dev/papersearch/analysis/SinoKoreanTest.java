package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.TreeSet;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.tokenattributes.ReadingAttribute;
import org.junit.jupiter.api.Test;

/** Sino-Korean words against loanwords. */
class SinoKoreanTest {

  @Test
  void readingsAreTheOnesNorisDictionaryGivesChineseCharacters() throws IOException {
    StringBuilder ideographs = new StringBuilder();
    for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
      ideographs.append(c).append(' ');
    }
    TreeSet<String> readings = new TreeSet<>();
    try (KoreanTokenizer tokenizer = new KoreanTokenizer()) {
      tokenizer.setReader(new StringReader(ideographs.toString()));
      ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        if (reading.getReading() != null) {
          readings.add(reading.getReading());
        }
      }
      tokenizer.end();
    }
    assertEquals(String.join("", readings), SinoKorean.READINGS);
  }

  @Test
  void sinoKoreanWordsReadAsHanja() {
    for (String word : new String[] {"개선", "개인", "내부", "음악", "전이", "이산", "배치", "단계", "비전"}) {
      assertTrue(SinoKorean.readsAsHanja(word), word);
    }
  }

  @Test
  void loanwordsHoldASyllableNoCharacterReads() {
    for (String word : new String[] {"시스템", "카드", "데이터", "모델", "로봇", "샘플", "프롬프트", "맘바"}) {
      assertFalse(SinoKorean.readsAsHanja(word), word);
    }
    assertFalse(SinoKorean.readsAsHanja("GPT"));
    assertFalse(SinoKorean.readsAsHanja(""));
  }
}
