package dev.papersearch.analysis;

import java.util.List;

/**
 * The jamo as letters (Unicode's compatibility jamo, ㄱ U+3131 … ㅣ U+3163, the characters a keyboard
 * types), and text taken apart into the keystrokes of the 2-beolsik layout: a compound vowel or a
 * double final is two keys ({@code ㅘ} = ㅗ ㅏ, {@code ㄺ} = ㄹ ㄱ), a tense consonant one shifted key
 * ({@code ㄲ}, {@code ㅆ}). After toss/es-hangul's {@code disassemble} and {@code getChoseong}.
 */
public final class Jamo {

  /** The initial consonants as letters, at the numbers {@link Hangul.Initial} gives them. */
  static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

  /** The vowels as letters, at the numbers {@link Hangul.Medial} gives them. */
  static final String MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";

  /** The final consonants as letters, at the numbers {@link Hangul.Final} gives them (0 is none). */
  static final String FINALS = "\0ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

  /** Each letter typed as two keys: the two keys, then the letter. */
  private static final List<String> COMPOUNDS =
      List.of(
          "ㅗㅏㅘ", "ㅗㅐㅙ", "ㅗㅣㅚ", "ㅜㅓㅝ", "ㅜㅔㅞ", "ㅜㅣㅟ", "ㅡㅣㅢ",
          "ㄱㅅㄳ", "ㄴㅈㄵ", "ㄴㅎㄶ", "ㄹㄱㄺ", "ㄹㅁㄻ", "ㄹㅂㄼ", "ㄹㅅㄽ", "ㄹㅌㄾ", "ㄹㅍㄿ", "ㄹㅎㅀ", "ㅂㅅㅄ");

  private Jamo() {}

  /**
   * {@code text} as the keys that type it: each Hangul syllable and each compound letter as its
   * keystroke jamo ({@code 값} → ㄱㅏㅂㅅ, {@code 의} → ㅇㅡㅣ), every other character kept.
   */
  public static String disassemble(String text) {
    StringBuilder out = new StringBuilder(text.length() * 3);
    for (char c : text.toCharArray()) {
      if (Hangul.isSyllable(c)) {
        out.append(INITIALS.charAt(Hangul.initial(c)));
        out.append(keys(MEDIALS.charAt(Hangul.medial(c))));
        if (Hangul.fin(c) != Hangul.Final.NONE) {
          out.append(keys(FINALS.charAt(Hangul.fin(c))));
        }
      } else if (isJamo(c)) {
        out.append(keys(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The initial consonant (초성) of each syllable of {@code text}, its consonant letters and its
   * whitespace, as es-hangul's {@code getChoseong}: {@code 트랜스포머} → ㅌㄹㅅㅍㅁ, {@code 강화 학습} →
   * ㄱㅎ ㅎㅅ; other characters are left out.
   */
  public static String choseong(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (Hangul.isSyllable(c)) {
        out.append(INITIALS.charAt(Hangul.initial(c)));
      } else if (isConsonant(c) || Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code c} is a consonant letter, ㄱ to ㅎ, compounds included. */
  public static boolean isConsonant(char c) {
    return c >= 'ㄱ' && c <= 'ㅎ';
  }

  /** Whether {@code c} is a vowel letter, ㅏ to ㅣ, compounds included. */
  public static boolean isVowel(char c) {
    return c >= 'ㅏ' && c <= 'ㅣ';
  }

  /** Whether {@code c} is a consonant or vowel letter on its own, outside a syllable (ㄱ to ㅣ). */
  public static boolean isJamo(int c) {
    return isConsonant((char) c) || isVowel((char) c);
  }

  /** The letter keys {@code first} then {@code second} make together ({@code ㅗ ㅏ} → ㅘ), or 0 when none. */
  static char combine(char first, char second) {
    for (String c : COMPOUNDS) {
      if (c.charAt(0) == first && c.charAt(1) == second) {
        return c.charAt(2);
      }
    }
    return 0;
  }

  /** The two keys of a compound letter ({@code ㄺ} → ㄹㄱ), or {@code letter} alone. */
  static String keys(char letter) {
    for (String c : COMPOUNDS) {
      if (c.charAt(2) == letter) {
        return c.substring(0, 2);
      }
    }
    return String.valueOf(letter);
  }
}
