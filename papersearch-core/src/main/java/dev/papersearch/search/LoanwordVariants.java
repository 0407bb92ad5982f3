package dev.papersearch.search;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.analysis.Hangul.Final;
import dev.papersearch.analysis.Hangul.Initial;
import dev.papersearch.analysis.Hangul.Medial;
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
      if (fin == Final.S && beforeSyllable) {
        out.add(replace(word, i, compose(initial, medial, Final.NONE)));
      } else if (fin == Final.NONE && beforeSyllable) {
        out.add(replace(word, i, compose(initial, medial, Final.S)));
      }
    }
    out.remove(word);
    return out;
  }

  private static int[] medialVariants(int initial, int medial) {
    boolean palatal = initial == Initial.J || initial == Initial.JJ || initial == Initial.CH;
    boolean sibilant = initial == Initial.S || initial == Initial.SS;
    return switch (medial) {
      case Medial.I -> sibilant ? new int[] {Medial.WI} : new int[0];
      case Medial.WI -> sibilant ? new int[] {Medial.I} : new int[0];
      case Medial.WE -> sibilant ? new int[] {Medial.YE} : new int[0];
      case Medial.E -> new int[] {Medial.AE};
      case Medial.AE -> new int[] {Medial.E};
      case Medial.YE -> sibilant ? new int[] {Medial.YAE, Medial.WE} : new int[] {Medial.YAE};
      case Medial.YAE -> new int[] {Medial.YE};
      case Medial.EO -> new int[] {Medial.O};
      case Medial.O -> new int[] {Medial.EO};
      case Medial.YEO -> palatal ? new int[] {Medial.EO} : new int[0];
      case Medial.YU -> palatal ? new int[] {Medial.U} : new int[0];
      case Medial.YA -> palatal ? new int[] {Medial.A} : new int[0];
      case Medial.YO -> palatal ? new int[] {Medial.O} : new int[0];
      default -> new int[0];
    };
  }

  private static int[] initialVariants(int initial) {
    return switch (initial) {
      case Initial.SS -> new int[] {Initial.S};
      case Initial.DD -> new int[] {Initial.D};
      case Initial.BB -> new int[] {Initial.B};
      case Initial.GG -> new int[] {Initial.G};
      case Initial.JJ -> new int[] {Initial.J};
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
