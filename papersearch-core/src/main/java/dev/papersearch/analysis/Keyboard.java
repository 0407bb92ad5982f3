package dev.papersearch.analysis;

/**
 * The Korean standard keyboard (2-beolsik, KS X 5002) over QWERTY: which jamo each key types, for text
 * typed with the keyboard in the wrong mode ({@code xmfostmvhaj} is 트랜스포머 typed in English mode,
 * {@code ㅣㅐㄱㅁ} is lora typed in Korean mode). After toss/es-hangul's {@code convertQwertyToHangul}.
 *
 * <p>Shift types ㅃ ㅉ ㄸ ㄲ ㅆ ㅒ ㅖ on Q W E R T O P; on the other keys it types the same jamo as
 * without it, so {@code LoRA} in Korean mode is ㅣㅐㄲㅁ.
 */
public final class Keyboard {

  private static final String KEYS = "qwertyuiopasdfghjklzxcvbnm";
  private static final String JAMO = "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ";
  private static final String SHIFTED_KEYS = "QWERTOP";
  private static final String SHIFTED_JAMO = "ㅃㅉㄸㄲㅆㅒㅖ";

  private Keyboard() {}

  /**
   * What {@code keys} type in Korean mode: each Latin letter as its jamo, composed by the IME ({@link
   * Ime}); other characters as they are. {@code xmfostmvhaj} → 트랜스포머, {@code ghkrtks} → 확산.
   */
  public static String toHangul(String keys) {
    StringBuilder jamo = new StringBuilder(keys.length());
    for (char key : keys.toCharArray()) {
      jamo.append(jamo(key));
    }
    return Ime.compose(jamo.toString());
  }

  /**
   * The keys that type {@code text} in Korean mode, as they read in English mode: {@code 트랜스포머} →
   * xmfostmvhaj, {@code ㅣㅐㄱㅁ} → lora; characters without a key of their own (Latin letters, digits,
   * spaces) as they are.
   */
  public static String toQwerty(String text) {
    StringBuilder keys = new StringBuilder(text.length() * 3);
    for (char letter : Jamo.disassemble(text).toCharArray()) {
      keys.append(key(letter));
    }
    return keys.toString();
  }

  /** The rows of letter keys, each set off half a key from the one above. */
  private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

  /**
   * Whether two letters or jamo are typed by touching keys (e and r, ㅐ and ㅔ on o and p, e and d): a
   * finger slipping to a neighbour is the commonest way one letter becomes another.
   */
  public static boolean areNeighbours(char a, char b) {
    int[] at = position(Character.toLowerCase(key(a)));
    int[] other = position(Character.toLowerCase(key(b)));
    if (at == null || other == null) {
      return false;
    }
    int rows = other[0] - at[0];
    int columns = other[1] - at[1];
    return switch (rows) {
      case 0 -> Math.abs(columns) == 1;
      case -1 -> columns == 0 || columns == 1; // the row above is set half a key to the left
      case 1 -> columns == 0 || columns == -1;
      default -> false;
    };
  }

  private static int[] position(char key) {
    for (int row = 0; row < ROWS.length; row++) {
      int column = ROWS[row].indexOf(key);
      if (column >= 0) {
        return new int[] {row, column};
      }
    }
    return null;
  }

  /** The jamo {@code key} types in Korean mode, or {@code key} itself when it is no letter key. */
  private static char jamo(char key) {
    int shifted = SHIFTED_KEYS.indexOf(key);
    if (shifted >= 0) {
      return SHIFTED_JAMO.charAt(shifted);
    }
    int plain = key < 128 ? KEYS.indexOf(Character.toLowerCase(key)) : -1;
    return plain >= 0 ? JAMO.charAt(plain) : key;
  }

  /** The key that types the jamo {@code letter}, or {@code letter} itself when no key does. */
  private static char key(char letter) {
    int shifted = SHIFTED_JAMO.indexOf(letter);
    if (shifted >= 0) {
      return SHIFTED_KEYS.charAt(shifted);
    }
    int plain = JAMO.indexOf(letter);
    return plain >= 0 ? KEYS.charAt(plain) : letter;
  }
}
