package dev.papersearch.typing;

/**
 * How many keystrokes apart two typed strings are: a key added, dropped or changed, or two
 * neighbouring keys swapped, each one edit (the optimal string alignment distance, as Lucene's fuzzy
 * queries count transpositions).
 */
final class Edits {

  private Edits() {}

  /**
   * One typed string compared with many: a count of letters first rules out most of them cheaply, as
   * each edit mends at most one letter that one string has and the other lacks.
   */
  static final class From {
    private final String typed;
    private final int[] counts = new int[128];
    private final int[] taken;

    From(String typed) {
      this.typed = typed;
      this.taken = new int[typed.length()];
      for (int i = 0; i < typed.length(); i++) {
        counts[typed.charAt(i) & 127]++;
      }
    }

    /** The edits from the typed string to {@code other}, or {@code max + 1} as soon as they are more. */
    int within(String other, int max) {
      return atLeast(other) > max ? max + 1 : Edits.within(typed, other, max);
    }

    /** How many letters one of the two has that the other lacks, whichever is more (characters counted by their low 7 bits). */
    private int atLeast(String other) {
      int shared = 0;
      for (int i = 0; i < other.length(); i++) {
        int letter = other.charAt(i) & 127;
        if (counts[letter] > 0) {
          counts[letter]--;
          taken[shared++] = letter;
        }
      }
      for (int i = 0; i < shared; i++) {
        counts[taken[i]]++;
      }
      return Math.max(typed.length(), other.length()) - shared;
    }
  }

  /**
   * The letters of {@code text} as a set, each by its low six bits: a key added, dropped or changed
   * changes at most two of them and a swap none, so two strings {@code n} edits apart differ in at most
   * {@code 2n} (a necessary test, not a sufficient one).
   */
  static long letters(String text) {
    long set = 0;
    for (int i = 0; i < text.length(); i++) {
      set |= 1L << text.charAt(i); // a shift by a char uses its low six bits
    }
    return set;
  }

  /** The edits between {@code a} and {@code b}, or {@code max + 1} as soon as they are more than {@code max}. */
  static int within(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] twoBack = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowBest = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, twoBack[j - 2] + 1);
        }
        current[j] = d;
        rowBest = Math.min(rowBest, d);
      }
      if (rowBest > max) {
        return max + 1;
      }
      int[] spare = twoBack;
      twoBack = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[b.length()], max + 1);
  }
}
