package dev.papersearch.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The 2-beolsik (두벌식) input method: jamo keystrokes composed into syllables as a Korean IME does,
 * and what it shows after each keystroke while a word is typed.
 *
 * <p>The standard automaton: a consonant after a vowel is the syllable's tentative final and moves on to
 * start the next syllable when a vowel follows ({@code ㅌ ㅡ ㄹ ㅐ} shows ㅌ, 트, 틀, 트래); two finals
 * that make a double final join ({@code ㄹ ㄱ} → ㄺ) and split before a vowel, the second moving on;
 * two vowels that make a compound join ({@code ㅗ ㅏ} → ㅘ). ㄸ, ㅃ and ㅉ are never finals. A consonant
 * after a lone consonant starts a new one ({@code ㄱ ㅅ} shows ㄱㅅ). Any other character (a Latin
 * letter, a digit, a space) is one keystroke that ends the syllable being composed and shows as it is.
 */
public final class Ime {

  private Ime() {}

  /**
   * What the IME shows after each keystroke of typing {@code text}, one string per key of {@link
   * Jamo#disassemble}: {@code 트랜스포머} shows ㅌ, 트, 틀, 트래, 트랜, 트랜ㅅ, 트랜스, 트랜슾, 트랜스포,
   * 트랜스폼, 트랜스포머; the last is {@code text} itself.
   */
  public static List<String> states(String text) {
    Composer composer = new Composer();
    List<String> shown = new ArrayList<>();
    for (char key : Jamo.disassemble(text).toCharArray()) {
      composer.type(key);
      shown.add(composer.shown());
    }
    return shown;
  }

  /** The text these keystrokes compose: jamo letters as keys, other characters typed as they are. */
  public static String compose(String keys) {
    Composer composer = new Composer();
    for (char key : keys.toCharArray()) {
      composer.type(key);
    }
    return composer.shown();
  }

  /** The text committed so far and the letters of the syllable being composed (0 where none). */
  private static final class Composer {

    private final StringBuilder done = new StringBuilder();
    private char initial;
    private char medial;
    private char fin;

    void type(char key) {
      if (Jamo.INITIALS.indexOf(key) >= 0) {
        consonant(key);
      } else if (Jamo.MEDIALS.indexOf(key) >= 0) {
        vowel(key);
      } else {
        commit();
        done.append(key);
      }
    }

    private void consonant(char c) {
      if (initial != 0 && medial != 0 && fin == 0 && Jamo.FINALS.indexOf(c) > 0) {
        fin = c;
      } else if (fin != 0 && Jamo.combine(fin, c) != 0) {
        fin = Jamo.combine(fin, c);
      } else {
        commit();
        initial = c;
      }
    }

    private void vowel(char v) {
      if (fin != 0) {
        String keys = Jamo.keys(fin);
        char moving = keys.charAt(keys.length() - 1);
        fin = keys.length() == 2 ? keys.charAt(0) : 0;
        commit();
        initial = moving;
        medial = v;
      } else if (medial != 0 && Jamo.combine(medial, v) != 0) {
        medial = Jamo.combine(medial, v);
      } else {
        if (medial != 0) {
          commit();
        }
        medial = v;
      }
    }

    String shown() {
      return done + syllable();
    }

    private String syllable() {
      if (initial != 0 && medial != 0) {
        return String.valueOf(
            Hangul.compose(Jamo.INITIALS.indexOf(initial), Jamo.MEDIALS.indexOf(medial), Jamo.FINALS.indexOf(fin)));
      }
      return initial != 0 ? String.valueOf(initial) : medial != 0 ? String.valueOf(medial) : "";
    }

    private void commit() {
      done.append(syllable());
      initial = 0;
      medial = 0;
      fin = 0;
    }
  }
}
