package dev.papersearch.search;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.Particles;
import dev.papersearch.analysis.SoundKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the English word a Hangul spelling transliterates, among the English words the indexed papers
 * use ({@code 미니맥스} → {@code minimax}, {@code 하이퍼클로바} → {@code hyperclova}), and the other way
 * round the Hangul the summaries write for an English word ({@code mamba} → {@code 맘바}). The summaries
 * write most model and method names in English only, so a reader who types the name in Hangul would
 * otherwise find nothing.
 *
 * <p>Words match when they share a {@link SoundKey} and their vowels agree; among several, the one
 * whose vowels agree best wins, then the one used by the most papers. A particle typed after the name
 * ({@code 맘바의}) is tried without.
 */
final class Transliterations {

  /** Keys with fewer consonants than this match too many unrelated words. */
  private static final int MIN_CONSONANTS = 2;

  private record Candidate(String english, int papers, SoundKey.Reading reading) {}

  /**
   * An English spelling of a Hangul word (as found, without a particle), with the papers writing either: counts for the whole corpus
   * from the glossary, so that every shard of a distributed index decides alike.
   */
  record Spelling(String hangul, String english, int englishPapers, int hangulPapers) {}

  private final Map<String, List<Candidate>> byKey = new HashMap<>();
  private final Map<String, Integer> hangulPapers = new HashMap<>();
  private final Map<String, List<Candidate>> hangulByKey = new HashMap<>();

  Transliterations(Glossary glossary) {
    for (Glossary.Word w : glossary.words()) {
      for (SoundKey.Reading r : SoundKey.ofLatin(w.text())) {
        byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new Candidate(w.text(), w.papers(), r));
      }
    }
    glossary.hangulWords().forEach(w -> hangulPapers.put(w.text(), w.papers()));
    for (Glossary.Word w : glossary.hangulWords()) {
      SoundKey.Reading r = SoundKey.ofHangul(w.text());
      hangulByKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new Candidate(w.text(), w.papers(), r));
    }
  }

  /** The Hangul word the summaries write for the English {@code word}, or {@code null}. */
  String hangulFor(String word) {
    Best best = new Best();
    for (SoundKey.Reading latin : SoundKey.ofLatin(word)) {
      for (Candidate c : hangulByKey.getOrDefault(latin.key(), List.of())) {
        best.offer(c, SoundKey.vowelAgreement(c.reading(), latin));
      }
    }
    return best.candidate == null || SoundKey.consonants(best.candidate.reading()) < MIN_CONSONANTS
        ? null
        : best.candidate.english();
  }


  /** The English word {@code hangul} (Hangul syllables only) spells, or {@code null}. */
  Spelling englishFor(String hangul) {
    for (String form : Particles.forms(hangul)) {
      Candidate found = lookUp(form);
      if (found != null) {
        return new Spelling(form, found.english(), found.papers(), hangulPapers.getOrDefault(form, 0));
      }
    }
    return null;
  }

  private Candidate lookUp(String hangul) {
    SoundKey.Reading reading = SoundKey.ofHangul(hangul);
    if (reading == null || SoundKey.consonants(reading) < MIN_CONSONANTS) {
      return null;
    }
    Best best = new Best();
    for (Candidate c : byKey.getOrDefault(reading.key(), List.of())) {
      best.offer(c, SoundKey.vowelAgreement(reading, c.reading()));
    }
    return best.candidate;
  }

  /** The candidate whose vowels agree best; more papers, then the alphabet, break ties. */
  private static final class Best {
    private Candidate candidate;
    private int agreement;

    void offer(Candidate c, int cAgreement) {
      if (cAgreement > 0
          && (candidate == null
              || cAgreement > agreement
              || cAgreement == agreement && moreUsed(c, candidate))) {
        candidate = c;
        agreement = cAgreement;
      }
    }
  }

  /** More papers wins; the alphabet breaks ties, so the choice never depends on the glossary's order. */
  private static boolean moreUsed(Candidate c, Candidate than) {
    return c.papers() != than.papers() ? c.papers() > than.papers() : c.english().compareTo(than.english()) < 0;
  }
}
