package dev.papersearch.typing;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.analysis.Jamo;
import dev.papersearch.analysis.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The words a query was meant as, when it was typed the way people type: the last word still being
 * typed ({@code 트랜슾}, {@code 확산 몯}, {@code transfo}), a slip ({@code transfromer}, {@code 모댈}), the
 * keyboard left in the other mode ({@code xmfostmvhaj}, {@code ㅣㅐㄱㅁ}), or the initial consonants of a
 * word ({@code ㅌㄹㅅㅍㅁ}). Each word the index knows is left as typed; only words it does not know
 * are read otherwise, and only as words the index has ({@link Vocabulary}).
 */
public final class TypedWords {

  /** The ways a word is read otherwise; each can be switched off. */
  public enum Reading {
    /** The last word completed to the most used word it begins, at the level of keys. */
    COMPLETION,
    /** A word the index does not know, as the most used word a slip away. */
    TYPOS,
    /** A word typed with the keyboard in the other mode, and initial consonants as their word. */
    KEYBOARD
  }

  /**
   * The words as meant, and the query text as meant when a word was corrected or converted ({@code
   * null} when only the last word was completed, or nothing changed: completing is what typing is).
   */
  public record Meant(List<String> words, String correctedText) {}

  /**
   * A typed last word is taken as a whole word, not as the beginning of another, when at least this
   * share of the papers that use it or a word it begins use it ({@code 확산} among 확산·확산형…, {@code
   * model} beside models); below, it is most likely still being typed ({@code 모} before 모델).
   */
  static final double WHOLE_WORD_SHARE = 0.25;

  /** Words with a digit are versions and model names: GPT-4 must not become GPT-4o, nor 3 become 4. */
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

  private final Vocabulary vocabulary;
  private final Predicate<String> known;
  private final Set<Reading> readings;

  /**
   * @param known whether the index has a word as typed (through the analyzers: particles, stems,
   *     authors' names)
   */
  public TypedWords(Vocabulary vocabulary, Predicate<String> known, Set<Reading> readings) {
    this.vocabulary = vocabulary;
    this.known = known;
    this.readings = Set.copyOf(readings);
  }

  /** What {@code words}, typed as {@code text}, were meant as; the last of them may be unfinished if {@code lastIsBeingTyped}. */
  public Meant read(String text, List<String> words, boolean lastIsBeingTyped) {
    List<String> meant = new ArrayList<>(words.size());
    boolean corrected = false;
    for (int w = 0; w < words.size(); w++) {
      String typed = words.get(w);
      boolean last = lastIsBeingTyped && w == words.size() - 1;
      Optional<String> completed = last ? completion(typed) : Optional.empty();
      if (completed.isPresent()) {
        meant.add(completed.get());
        continue;
      }
      Optional<String> other = known.test(typed) ? Optional.empty() : otherReading(typed, last);
      meant.add(other.orElse(typed));
      corrected |= other.isPresent();
    }
    return new Meant(meant, corrected ? replaced(text, words, meant) : null);
  }

  /** The word the last word begins, when it is more likely unfinished than whole ({@link #WHOLE_WORD_SHARE}). */
  private Optional<String> completion(String typed) {
    if (!readings.contains(Reading.COMPLETION) || DIGIT.matcher(typed).find()) {
      return Optional.empty();
    }
    List<Vocabulary.Word> completions = vocabulary.completions(typed, 1);
    if (completions.isEmpty()) {
      return Optional.empty();
    }
    Vocabulary.Word best = completions.get(0);
    int whole = vocabulary.word(typed).map(Vocabulary.Word::count).orElse(0);
    return whole >= WHOLE_WORD_SHARE * (whole + best.count()) ? Optional.empty() : Optional.of(best.text());
  }

  /** The word an unknown word was meant as: typed in the other mode, as initials, or with a slip. */
  private Optional<String> otherReading(String typed, boolean last) {
    if (DIGIT.matcher(typed).find()) {
      return Optional.empty();
    }
    if (readings.contains(Reading.KEYBOARD)) {
      Optional<String> converted = otherMode(typed, last);
      if (converted.isPresent()) {
        return converted;
      }
    }
    return readings.contains(Reading.TYPOS) ? slip(typed) : Optional.empty();
  }

  /**
   * The word typed with the keyboard in the wrong mode, when the other mode's reading is a word the
   * index knows (or, being typed, begins one); initial consonants as their most used word.
   */
  private Optional<String> otherMode(String typed, boolean last) {
    if (typed.length() > 1 && typed.chars().allMatch(c -> Jamo.isConsonant((char) c))) {
      Optional<String> word = vocabulary.byInitials(typed).map(Vocabulary.Word::text);
      if (word.isPresent()) {
        return word;
      }
    }
    String converted;
    if (LATIN.matcher(typed).matches()) {
      converted = Keyboard.toHangul(typed);
    } else if (typed.chars().allMatch(c -> Hangul.isSyllable(c) || Jamo.isConsonant((char) c) || Jamo.isVowel((char) c))) {
      converted = Keyboard.toQwerty(typed);
    } else {
      return Optional.empty();
    }
    if (known.test(converted) && vocabulary.word(converted).isPresent()) {
      return Optional.of(converted);
    }
    return last ? completion(converted) : Optional.empty();
  }

  /** The most used word a slip away: one edit from 5 keys, two from 10 (9 letters for English). */
  private Optional<String> slip(String typed) {
    String keys = Vocabulary.key(typed);
    boolean english = LATIN.matcher(typed).matches();
    int edits = keys.length() >= (english ? 9 : 10) ? 2 : keys.length() >= 5 ? 1 : 0;
    if (edits == 0 || !(english || Hangul.isSyllables(typed))) {
      return Optional.empty();
    }
    return vocabulary.nearest(typed, edits).map(Vocabulary.Word::text);
  }

  /** {@code text} with each word of {@code typed} that was read otherwise replaced by its reading. */
  private static String replaced(String text, List<String> typed, List<String> meant) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (int w = 0; w < typed.size(); w++) {
      int at = text.indexOf(typed.get(w), from);
      if (at < 0) {
        continue;
      }
      out.append(text, from, at).append(meant.get(w));
      from = at + typed.get(w).length();
    }
    return out.append(text.substring(from)).toString();
  }
}
