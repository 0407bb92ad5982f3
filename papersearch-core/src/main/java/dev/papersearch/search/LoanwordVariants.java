package dev.papersearch.search;

import dev.papersearch.analysis.Hangul;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Spellings of a Hangul word that differ by one of the usual wobbles in writing loanwords:
 * {@code ㅔ/ㅐ} (인터렉티브 / 인터랙티브), {@code ㅓ/ㅗ} (콘텍스트 / 컨텍스트), a glide after {@code ㅈ ㅊ ㅉ}
 * (에이젼트 / 에이전트), an English "sh" written with a {@code ㅜ} glide (메쉬 / 메시, 쉐이더 / 셰이더), a
 * final {@code ㅅ} before the next consonant (브릿지 / 브리지) and tense initials (씨뮬레이션 / 시뮬레이션).
 *
 * <p>Each variant changes one syllable; the query builder keeps only variants that the index knows as
 * fewer, whole tokens, so the rules may be generous without hurting precision.
 */
final class LoanwordVariants {

  // Jamo indexes in the Unicode composition order.
  private static final int I_J = 12, I_JJ = 13, I_CH = 14;
  private static final int I_SS = 10, I_S = 9, I_DD = 4, I_D = 3, I_BB = 8, I_B = 7, I_GG = 1, I_G = 0;
  private static final int M_A = 0, M_AE = 1, M_YA = 2, M_EO = 4, M_E = 5, M_YEO = 6, M_YE = 7;
  private static final int M_O = 8, M_YO = 12, M_U = 13, M_YU = 17, M_YAE = 3;
  private static final int M_WE = 15, M_WI = 16, M_I = 20;
  private static final int F_NONE = 0, F_S = 19;

  private LoanwordVariants() {}

  /** One-syllable variants of {@code word}; empty when it has no Hangul. */
  static Set<String> of(String word) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Hangul.isSyllable(c)) {
        continue;
      }
      int initial = Hangul.initial(c);
      int medial = Hangul.medial(c);
      int fin = Hangul.fin(c);
      for (int m : medialVariants(initial, medial)) {
        out.add(replace(word, i, compose(initial, m, fin)));
      }
      for (int in : initialVariants(initial)) {
        out.add(replace(word, i, compose(in, medial, fin)));
      }
      boolean beforeSyllable = i + 1 < word.length() && Hangul.isSyllable(word.charAt(i + 1));
      if (fin == F_S && beforeSyllable) {
        out.add(replace(word, i, compose(initial, medial, F_NONE)));
      } else if (fin == F_NONE && beforeSyllable) {
        out.add(replace(word, i, compose(initial, medial, F_S)));
      }
    }
    out.remove(word);
    return out;
  }

  private static int[] medialVariants(int initial, int medial) {
    boolean palatal = initial == I_J || initial == I_JJ || initial == I_CH;
    boolean sibilant = initial == I_S || initial == I_SS;
    return switch (medial) {
      case M_I -> sibilant ? new int[] {M_WI} : new int[0];
      case M_WI -> sibilant ? new int[] {M_I} : new int[0];
      case M_WE -> sibilant ? new int[] {M_YE} : new int[0];
      case M_E -> new int[] {M_AE};
      case M_AE -> new int[] {M_E};
      case M_YE -> sibilant ? new int[] {M_YAE, M_WE} : new int[] {M_YAE};
      case M_YAE -> new int[] {M_YE};
      case M_EO -> new int[] {M_O};
      case M_O -> new int[] {M_EO};
      case M_YEO -> palatal ? new int[] {M_EO} : new int[0];
      case M_YU -> palatal ? new int[] {M_U} : new int[0];
      case M_YA -> palatal ? new int[] {M_A} : new int[0];
      case M_YO -> palatal ? new int[] {M_O} : new int[0];
      default -> new int[0];
    };
  }

  private static int[] initialVariants(int initial) {
    return switch (initial) {
      case I_SS -> new int[] {I_S};
      case I_DD -> new int[] {I_D};
      case I_BB -> new int[] {I_B};
      case I_GG -> new int[] {I_G};
      case I_JJ -> new int[] {I_J};
      default -> new int[0];
    };
  }

  private static char compose(int initial, int medial, int fin) {
    return Hangul.compose(initial, medial, fin);
  }

  private static String replace(String word, int i, char c) {
    return word.substring(0, i) + c + word.substring(i + 1);
  }
}
