package dev.papersearch.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms of a typed Hangul word with and without a trailing particle ({@code 맘바의} → {@code 맘바의},
 * {@code 맘바}), for lookups made before analysis, where Nori has not yet taken the particle off.
 */
public final class Particles {

  /** Particles a name or term may carry, longest first. */
  private static final List<String> PARTICLES =
      List.of("에서", "으로", "과", "와", "의", "을", "를", "은", "는", "이", "가", "로", "에", "도");

  private Particles() {}

  /**
   * {@code word}, then {@code word} without each particle it ends with (keeping two syllables or more);
   * not without the end of a longer particle it ends with: {@code 마진으로} is 마진 + 으로, never 마진으 + 로.
   */
  public static List<String> forms(String word) {
    List<String> out = new ArrayList<>(List.of(word));
    String longer = null;
    for (String particle : PARTICLES) {
      if (word.endsWith(particle) && (longer == null || !longer.endsWith(particle))) {
        longer = particle;
        if (word.length() > particle.length() + 1) {
          out.add(word.substring(0, word.length() - particle.length()));
        }
      }
    }
    return out;
  }
}
