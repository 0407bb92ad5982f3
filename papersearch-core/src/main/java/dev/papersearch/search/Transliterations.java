package dev.papersearch.search;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.SoundKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the English word a Hangul spelling transliterates, among the English words the indexed papers
 * use: {@code 미니맥스} → {@code minimax}, {@code 하이퍼클로바} → {@code hyperclova}. The summaries write
 * most model and method names in English only, so a reader who types the name in Hangul would
 * otherwise find nothing.
 *
 * <p>Words match when they share a {@link SoundKey} and their vowels agree; among several, the one
 * whose vowels agree best wins, then the one used by the most papers. A particle typed after the name ({@code 맘바의}) is tried without.
 */
final class Transliterations {

  /** Keys with fewer consonants than this match too many unrelated words. */
  private static final int MIN_CONSONANTS = 2;

  private record Candidate(String english, int papers, SoundKey.Reading reading) {}

  private final Map<String, List<Candidate>> byKey = new HashMap<>();

  Transliterations(Glossary glossary) {
    for (Glossary.Word w : glossary.words()) {
      for (SoundKey.Reading r : SoundKey.ofLatin(w.english())) {
        byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new Candidate(w.english(), w.papers(), r));
      }
    }
  }

  /** The English word {@code hangul} (Hangul syllables only) spells, or {@code null}. */
  Glossary.Word englishFor(String hangul) {
    for (String form : Particles.forms(hangul)) {
      Glossary.Word found = lookUp(form);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private Glossary.Word lookUp(String hangul) {
    SoundKey.Reading reading = SoundKey.ofHangul(hangul);
    if (reading == null || SoundKey.consonants(reading) < MIN_CONSONANTS) {
      return null;
    }
    Candidate best = null;
    int bestAgreement = 0;
    for (Candidate c : byKey.getOrDefault(reading.key(), List.of())) {
      int agreement = SoundKey.vowelAgreement(reading, c.reading());
      if (agreement > 0 && (best == null || agreement > bestAgreement || agreement == bestAgreement && moreUsed(c, best))) {
        best = c;
        bestAgreement = agreement;
      }
    }
    return best == null ? null : new Glossary.Word(best.english(), best.papers());
  }

  /** More papers wins; the alphabet breaks ties, so the choice never depends on the glossary's order. */
  private static boolean moreUsed(Candidate c, Candidate than) {
    return c.papers() != than.papers() ? c.papers() > than.papers() : c.english().compareTo(than.english()) < 0;
  }
}
