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

  private Hangul() {}

  /** The initial consonants, as {@link #initial} numbers them; ㅇ is silent before a vowel. */
  public static final class Initial {
    public static final int G = 0, GG = 1, N = 2, D = 3, DD = 4, R = 5, M = 6, B = 7, BB = 8, S = 9, SS = 10;
    public static final int SILENT = 11, J = 12, JJ = 13, CH = 14, K = 15, T = 16, P = 17, H = 18;

    private Initial() {}
  }

  /** The vowels, as {@link #medial} numbers them: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ. */
  public static final class Medial {
    public static final int A = 0, AE = 1, YA = 2, YAE = 3, EO = 4, E = 5, YEO = 6, YE = 7, O = 8, WA = 9, WAE = 10;
    public static final int OE = 11, YO = 12, U = 13, WO = 14, WE = 15, WI = 16, YU = 17, EU = 18, UI = 19, I = 20;

    private Medial() {}
  }

  /** The final consonants, as {@link #fin} numbers them; {@link #NONE} is an open syllable. */
  public static final class Final {
    public static final int NONE = 0, G = 1, GG = 2, GS = 3, N = 4, NJ = 5, NH = 6, D = 7, L = 8, LG = 9, LM = 10;
    public static final int LB = 11, LS = 12, LT = 13, LP = 14, LH = 15, M = 16, B = 17, BS = 18, S = 19, SS = 20;
    public static final int NG = 21, J = 22, CH = 23, K = 24, T = 25, P = 26, H = 27;

    private Final() {}
  }

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

  /** The final consonant of a syllable, {@link Final#NONE} or 1 (ㄱ) to 27 (ㅎ). */
  public static int fin(char syllable) {
    return (syllable - BASE) % FINALS;
  }

  /** The syllable of these jamo. */
  public static char compose(int initial, int medial, int fin) {
    return (char) (BASE + (initial * MEDIALS + medial) * FINALS + fin);
  }
}
