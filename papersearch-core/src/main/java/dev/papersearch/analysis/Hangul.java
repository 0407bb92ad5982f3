package dev.papersearch.analysis;

/**
 * Hangul syllables taken apart into their jamo and put back together, by Unicode's arithmetic
 * ({@code 0xAC00 + (initial × 21 + medial) × 28 + final}); jamo indexes are in Unicode's order.
 */
public final class Hangul {

  private static final int BASE = 0xAC00;
  private static final int LAST = 0xD7A3;
  private static final int MEDIALS = 21;
  private static final int FINALS = 28;

  /** Initial ㅇ, which is silent. */
  public static final int SILENT_INITIAL = 11;

  /** No final consonant. */
  public static final int NO_FINAL = 0;

  private Hangul() {}

  /** Whether {@code c} is a precomposed Hangul syllable. */
  public static boolean isSyllable(int c) {
    return c >= BASE && c <= LAST;
  }

  /** Whether every character of {@code word} is a Hangul syllable (and there is one). */
  public static boolean isSyllables(String word) {
    return !word.isEmpty() && word.chars().allMatch(Hangul::isSyllable);
  }

  /** The initial consonant of a syllable, 0 (ㄱ) to 18 (ㅎ). */
  public static int initial(char syllable) {
    return (syllable - BASE) / (MEDIALS * FINALS);
  }

  /** The vowel of a syllable, 0 (ㅏ) to 20 (ㅣ). */
  public static int medial(char syllable) {
    return ((syllable - BASE) % (MEDIALS * FINALS)) / FINALS;
  }

  /** The final consonant of a syllable, {@link #NO_FINAL} or 1 (ㄱ) to 27 (ㅎ). */
  public static int fin(char syllable) {
    return (syllable - BASE) % FINALS;
  }

  /** The syllable of these jamo. */
  public static char compose(int initial, int medial, int fin) {
    return (char) (BASE + (initial * MEDIALS + medial) * FINALS + fin);
  }
}
