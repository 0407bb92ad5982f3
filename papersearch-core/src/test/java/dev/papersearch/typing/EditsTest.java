package dev.papersearch.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The edit count and the letter-set test that spares it for most words. */
class EditsTest {

  @Test
  void countsKeysAddedDroppedChangedAndSwapped() {
    assertEquals(0, Edits.within("ㅁㅗㄷㅔㄹ", "ㅁㅗㄷㅔㄹ", 2));
    assertEquals(1, Edits.within("ㅁㅗㄷㅐㄹ", "ㅁㅗㄷㅔㄹ", 2)); // 모댈 → 모델
    assertEquals(1, Edits.within("otwer", "tower", 2));
    assertEquals(1, Edits.within("transfromer", "transformer", 2));
    assertEquals(2, Edits.within("difusion", "diffusoin", 2));
    assertEquals(2, Edits.within("model", "mdl", 2));
    assertEquals(3, Edits.within("model", "mxyz", 2)); // more than the most asked: max + 1
  }

  /** A string a few edits from another never differs from it in more letters than the test allows. */
  @Property(tries = 3000)
  void letterSetsRuleOutOnlyWhatIsFar(@ForAll("typed") String a, @ForAll("typed") String b) {
    int edits = Edits.within(a, b, 2);
    if (edits <= 2) {
      assertTrue(Long.bitCount(Edits.letters(a) ^ Edits.letters(b)) <= 2 * edits, a + " / " + b);
    }
  }

  /** Short strings over a few letters and jamo, so that many pairs are within two edits. */
  @Provide
  Arbitrary<String> typed() {
    return Arbitraries.strings().withChars("abcdeㄱㄴㅏㅓㅐㅔ-2").ofMinLength(0).ofMaxLength(7);
  }

  /** Letters whose low six bits are the same share a place in the set: the test stays necessary. */
  @Test
  void lettersAreASetOfLowBits() {
    assertEquals(Edits.letters("ab"), Edits.letters("ba"));
    assertEquals(Edits.letters("aab"), Edits.letters("ab"));
    assertEquals(Edits.letters("a"), Edits.letters(String.valueOf((char) ('a' + 64))));
  }
}
