package dev.papersearch.search;

import dev.papersearch.analysis.EnglishPlurals;
import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.Particles;
import dev.papersearch.analysis.Predicates;
import dev.papersearch.analysis.SoundIndex;
import dev.papersearch.analysis.SoundKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Finds the English word a Hangul spelling transliterates, among the English words the indexed papers
 * use ({@code 미니맥스} → {@code minimax}, {@code 하이퍼클로바} → {@code hyperclova}), and the other way
 * round the Hangul the summaries write for an English word ({@code mamba} → {@code 맘바}). The summaries
 * write most model and method names in English only, so a reader who types the name in Hangul would
 * otherwise find nothing.
 *
 * <p>Words match when they share a {@link SoundKey} and their vowels agree, the best of several as
 * {@link SoundIndex} picks it. A particle typed after the name ({@code 맘바의}) is tried without. A
 * Hangul word that reads as Korean ({@link Predicates#readsAsKorean}: Sino-Korean syllables, a verb
 * form) only matches the English words the glossary pairs it with ({@link Glossary.SoundPair}): {@code
 * 비전} is vision, but {@code 원리} is no spelling of only, {@code 마진} none of machine, {@code 많은}
 * none of mean.
 */
final class Transliterations {

  /** Keys with fewer consonants than this match too many unrelated words. */
  private static final int MIN_CONSONANTS = 2;

  /**
   * An English spelling of a Hangul word (as found, without a particle), with the papers writing
   * either: counts for the whole corpus from the glossary, so that every shard of a distributed index
   * decides alike.
   */
  record Spelling(String hangul, String english, int englishPapers, int hangulPapers) {}

  private final SoundIndex english;
  private final SoundIndex hangul;
  private final Map<String, Integer> hangulPapers = new HashMap<>();
  private final Set<String> soundPairs = new HashSet<>();

  /**
   * {@link Predicates#readsAsKorean} of the glossary's Hangul words met as spellings (so at most as many
   * as it has), since Nori reads a verb form slowly.
   */
  private final Map<String, Boolean> readsAsKorean = new ConcurrentHashMap<>();

  Transliterations(Glossary glossary) {
    english = SoundIndex.ofEnglish(glossary.words());
    glossary.hangulWords().forEach(w -> hangulPapers.put(w.text(), w.papers()));
    glossary.soundPairs().forEach(p -> soundPairs.add(pair(p.hangul(), p.english())));
    hangul = SoundIndex.ofHangul(glossary.hangulWords().stream().filter(w -> !isWordWithParticle(w.text())).toList());
  }

  /**
   * Whether {@code text} is another word the summaries write, with a particle after it ({@code 이익을},
   * {@code 레이아웃에}): the particle's syllable would pass for part of an English word ({@code icl},
   * {@code writer}), and the word itself is a spelling candidate already. The word without the
   * particle is counted in every paper that writes it with one, so it is the word only when papers
   * write it more than twice as often: {@code 플레이} is not {@code 플레} + {@code 이}.
   */
  private boolean isWordWithParticle(String text) {
    int papers = hangulPapers.get(text);
    return Particles.forms(text).stream().skip(1).anyMatch(stem -> hangulPapers.getOrDefault(stem, 0) > 2 * papers);
  }

  /**
   * The Hangul word the summaries write for the English {@code word}, or for its singular when the
   * word as typed has none, or {@code null}. When the word sounding most like it is a Korean word
   * ({@link #spells}), only a spelling the glossary pairs with it may stand in: the next best
   * sound-alike is mostly another Korean word ({@code 택소노미} is written in one paper that never says
   * taxonomy, {@code 택사노미} beside it).
   */
  String hangulFor(String word) {
    for (String form : EnglishPlurals.forms(word)) {
      String english = form.toLowerCase(Locale.ROOT);
      List<SoundKey.Reading> readings = SoundKey.ofLatin(form);
      SoundIndex.Entry best = hangul.best(readings);
      if (best != null && !spells(best.text(), english)) {
        best = hangul.best(readings, h -> paired(h.text(), english));
      }
      if (best != null && SoundKey.consonants(best.reading()) >= MIN_CONSONANTS) {
        return best.text();
      }
    }
    return null;
  }

  /**
   * Whether {@code hangul} may spell {@code english}: any Hangul word may that does not read as
   * Korean of its own, one that does only where the papers pair them.
   */
  private boolean spells(String hangul, String english) {
    return !readsAsKorean.computeIfAbsent(hangul, Predicates::readsAsKorean) || paired(hangul, english);
  }

  /** Whether the glossary pairs {@code hangul}, or it without its particle, with {@code english}. */
  private boolean paired(String hangul, String english) {
    return Particles.forms(hangul).stream().anyMatch(form -> soundPairs.contains(pair(form, english)));
  }

  private static String pair(String hangul, String english) {
    return hangul + "\t" + english;
  }

  /**
   * The English word {@code hangul} (Hangul syllables only) spells, or {@code null}. A {@code
   * versioned} word, one a version number follows ({@code 파이4}), is a model's name, so a single
   * consonant is enough to look it up ({@code 파이} → phi) when it has two syllables or more: a single
   * syllable before a number is mostly Korean ({@code 제2차}, {@code 구3}). The version also tells a
   * name from a Sino-Korean word, so a versioned word needs no {@link Glossary.SoundPair}.
   */
  Spelling englishFor(String hangul, boolean versioned) {
    for (String form : Particles.forms(hangul)) {
      boolean name = versioned && form.length() > 1;
      // Not through the cache of spells: a typed word need not be one of the glossary's, and the
      // cache would grow with every query.
      boolean free = name || !Predicates.readsAsKorean(form);
      SoundIndex.Entry found = lookUp(form, name ? 1 : MIN_CONSONANTS, e -> free || paired(form, e.text()));
      if (found != null) {
        return new Spelling(form, found.text(), found.papers(), hangulPapers.getOrDefault(form, 0));
      }
    }
    return null;
  }

  private SoundIndex.Entry lookUp(String hangul, int minConsonants, Predicate<SoundIndex.Entry> allowed) {
    SoundKey.Reading reading = SoundKey.ofHangul(hangul);
    if (reading == null || SoundKey.consonants(reading) < minConsonants) {
      return null;
    }
    return english.best(List.of(reading), allowed);
  }
}
