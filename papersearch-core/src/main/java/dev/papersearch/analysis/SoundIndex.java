package dev.papersearch.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Words of one script indexed by their {@link SoundKey}, to find the one a word of the other script
 * spells: the English word a Hangul transliteration writes ({@code 맘바} → {@code mamba}), or the
 * Hangul the summaries write for an English word. Among the words sharing a key, the one whose vowels
 * agree best wins, then the one used by the most papers, then the first in the alphabet, so the choice
 * never depends on the order of the words.
 */
public final class SoundIndex {

  /** An indexed word, the papers using it, and the reading it was indexed under. */
  public record Entry(String text, int papers, SoundKey.Reading reading) {}

  private final boolean hangul;
  private final Map<String, List<Entry>> byKey = new HashMap<>();

  private SoundIndex(boolean hangul) {
    this.hangul = hangul;
  }

  /** English words, under each of their readings. */
  public static SoundIndex ofEnglish(List<Glossary.Word> words) {
    SoundIndex index = new SoundIndex(false);
    for (Glossary.Word w : words) {
      SoundKey.ofLatin(w.text()).forEach(r -> index.add(new Entry(w.text(), w.papers(), r)));
    }
    return index;
  }

  /** Hangul words (syllables only). */
  public static SoundIndex ofHangul(List<Glossary.Word> words) {
    SoundIndex index = new SoundIndex(true);
    for (Glossary.Word w : words) {
      index.add(new Entry(w.text(), w.papers(), SoundKey.ofHangul(w.text())));
    }
    return index;
  }

  private void add(Entry entry) {
    byKey.computeIfAbsent(entry.reading().key(), k -> new ArrayList<>()).add(entry);
  }

  /** The word that best spells any of {@code readings} (of the other script), or {@code null}. */
  public Entry best(List<SoundKey.Reading> readings) {
    return best(readings, e -> true);
  }

  /** The {@code allowed} word that best spells any of {@code readings}, or {@code null}. */
  public Entry best(List<SoundKey.Reading> readings, Predicate<Entry> allowed) {
    Entry best = null;
    int bestAgreement = 0;
    for (SoundKey.Reading other : readings) {
      for (Entry e : byKey.getOrDefault(other.key(), List.of())) {
        int agreement = agreement(e, other);
        if (agreement > 0
            && allowed.test(e)
            && (best == null || agreement > bestAgreement || agreement == bestAgreement && moreUsed(e, best))) {
          best = e;
          bestAgreement = agreement;
        }
      }
    }
    return best;
  }

  /** Every word that spells one of {@code readings}, however well its vowels agree. */
  public Set<String> all(List<SoundKey.Reading> readings) {
    Set<String> out = new HashSet<>();
    for (SoundKey.Reading other : readings) {
      for (Entry e : byKey.getOrDefault(other.key(), List.of())) {
        if (agreement(e, other) > 0) {
          out.add(e.text());
        }
      }
    }
    return out;
  }

  private int agreement(Entry e, SoundKey.Reading other) {
    return hangul ? SoundKey.vowelAgreement(e.reading(), other) : SoundKey.vowelAgreement(other, e.reading());
  }

  private static boolean moreUsed(Entry e, Entry than) {
    return e.papers() != than.papers() ? e.papers() > than.papers() : e.text().compareTo(than.text()) < 0;
  }
}
