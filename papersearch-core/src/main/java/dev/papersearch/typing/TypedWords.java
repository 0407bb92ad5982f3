package dev.papersearch.typing;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.analysis.Jamo;
import dev.papersearch.analysis.Keyboard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
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
   * When nothing was corrected, {@code offeredText} is the query with the unmistakable slips a longer
   * query's Hangul words seem to have read ({@code 데형 추론 모델} → 대형 추론 모델), offered, not searched:
   * there an unknown word is as often a form Nori does not know as a slip; {@code null} when there is
   * none.
   */
  public record Meant(List<String> words, String correctedText, String offeredText) {}

  /**
   * A typed last word is taken as a whole word, not as the beginning of another, when at least this
   * share of the papers that use it or a word it begins use it ({@code 확산} among 확산·확산형…, {@code
   * answer} beside answering); below, it is most likely still being typed ({@code 모} before 모델).
   */
  static final double WHOLE_WORD_SHARE = 0.1;

  /**
   * The parts of a word read on their own: runs of Latin letters and runs of Hangul. Digits and
   * punctuation are never read otherwise: GPT-4 must not become GPT-4o, nor 3 become 4.
   */
  static final Pattern PART = Pattern.compile("[A-Za-z]+|[가-힣ㄱ-ㅣ]+");

  private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

  /**
   * A slip or a key typed in the other mode is read as a word at least this many papers use: a word of
   * one paper is as likely a misprint of the index as the word meant. (Rarer words are not excluded:
   * English words are counted in titles, where ratio is in 3 of 5,487.)
   */
  static final int MIN_CORRECTION_COUNT = 2;

  /** How many of the most used completions of a word are looked through for a term word. */
  static final int COMPLETIONS_LOOKED_AT = 200;

  private final Vocabulary vocabulary;
  private final TermWords terms;
  private final Predicate<String> known;
  private final Set<Reading> readings;

  /**
   * @param terms the words of glossed terms, which an unfinished word is completed to first
   * @param known whether the index has a word as typed (through the analyzers: particles, stems,
   *     authors' names)
   */
  public TypedWords(Vocabulary vocabulary, TermWords terms, Predicate<String> known, Set<Reading> readings) {
    this.vocabulary = vocabulary;
    this.terms = terms;
    // Asked of a word several times per reading (as typed, part by part, for what to offer), and each
    // answer may analyze the word for every field: once a word per reading, the instance being per query.
    Map<String, Boolean> answers = new HashMap<>();
    this.known = word -> answers.computeIfAbsent(word, known::test);
    this.readings = Set.copyOf(readings);
  }

  /**
   * A query of more words than this describes what it looks for: a slip there costs one word of
   * several, while reading a word the index lacks (an inflected verb, an abbreviation, a rare name) as
   * another changes what the reader asked, so few slips are read there ({@link #readPartByPart}), and
   * a last word that is a word of the index is taken as typed (봇 after 프로처럼 움직이는 is a bot, not
   * the beginning of 보상).
   * In a shorter query the word is the query, and a slip or an unfinished word loses it all.
   */
  static final int SHORT_QUERY_WORDS = 2;

  /** What {@code words}, typed as {@code text}, were meant as; the last of them may be unfinished if {@code lastIsBeingTyped}. */
  public Meant read(String text, List<String> words, boolean lastIsBeingTyped) {
    List<String> meant = new ArrayList<>(words.size());
    List<String> offered = new ArrayList<>(words);
    boolean corrected = false;
    boolean shortQuery = words.size() <= SHORT_QUERY_WORDS;
    for (int w = 0; w < words.size(); w++) {
      String typed = words.get(w);
      boolean last = lastIsBeingTyped && w == words.size() - 1;
      String previous = w > 0 ? meant.get(w - 1) : null;
      Optional<String> completed =
          last && (shortQuery || !isWord(typed)) ? completedLastPart(previous, typed) : Optional.empty();
      Optional<String> converted = completed.isPresent() && !isWord(typed) ? otherModeOfAll(typed) : Optional.empty();
      Optional<String> unwritten = completed.isEmpty() && shortQuery ? unwrittenSlip(typed) : Optional.empty();
      if (converted.isPresent() && count(converted.get()) >= count(completed.get())) {
        meant.add(converted.get()); // 해미 is goal typed in Korean mode more likely than the beginning of 해밀턴
        corrected = true;
      } else if (completed.isPresent()) {
        meant.add(completed.get());
      } else if (unwritten.isPresent()) {
        meant.add(unwritten.get());
        corrected = true;
      } else if (isWord(typed)) {
        meant.add(typed);
      } else {
        String read = readPartByPart(typed, last, shortQuery, false);
        meant.add(read);
        corrected |= !read.equals(typed);
        if (read.equals(typed)) {
          offered.set(w, readPartByPart(typed, last, false, true));
        }
      }
    }
    if (corrected) {
      return new Meant(meant, replaced(text, words, meant), null);
    }
    return new Meant(meant, null, offered.equals(words) ? null : replaced(text, words, offered));
  }

  /**
   * The written word an English word no paper writes is a slip of: the index has {@code LSMs} only as
   * the stem of one paper's LSM, while papers write SLMs, two neighbouring keys away. A form no paper
   * writes is less likely meant than one papers write a swap away ({@link Vocabulary#unmistakableSlips});
   * other slips of such a word are as likely to make another word as to mend one.
   */
  private Optional<String> unwrittenSlip(String typed) {
    if (!readings.contains(Reading.TYPOS) || !LATIN.matcher(typed).matches() || vocabulary.word(typed).isPresent() || !isWord(typed)) {
      return Optional.empty();
    }
    return vocabulary.unmistakableSlips(typed).stream()
        .findFirst()
        .filter(w -> w.count() >= MIN_CORRECTION_COUNT)
        .map(w -> inTheCaseTyped(typed, w.text()));
  }

  /** Whether the index has {@code typed} as a word; never a mix of syllables and loose jamo (ㅐㄷ형). */
  private boolean isWord(String typed) {
    return !hasLooseJamo(typed) && known.test(typed);
  }

  /** Whether {@code typed} has a consonant or vowel outside a syllable: no inflection, a slip or initials. */
  private static boolean hasLooseJamo(String typed) {
    return typed.chars().anyMatch(Jamo::isJamo);
  }

  /** Whether {@code run} is consonants and vowels only, no syllable. */
  private static boolean isLooseJamo(String run) {
    return run.chars().allMatch(Jamo::isJamo);
  }

  /** How many papers use the word {@code text} ends in (the last part of a word read part by part). */
  private int count(String text) {
    Matcher part = PART.matcher(text);
    String last = text;
    while (part.find()) {
      last = part.group();
    }
    return vocabulary.word(last).map(Vocabulary.Word::count).orElse(0);
  }

  /** A word of one part typed whole in the other keyboard mode, read as the word it spells there. */
  private Optional<String> otherModeOfAll(String typed) {
    return readings.contains(Reading.KEYBOARD) && PART.matcher(typed).matches() ? otherMode(typed, false, false) : Optional.empty();
  }

  /**
   * The word with its parts (runs of Latin letters, of Hangul) the index does not know read otherwise,
   * the rest (digits, hyphens) as typed: {@code ㄴ딜-ㅁㅅㅅ두샤ㅐㅜ} → self-attention, {@code Qwne2.5} →
   * Qwen2.5, {@code ㅃㅈ두2} → Qwen2. Any slip is read in a short query ({@link #SHORT_QUERY_WORDS})
   * and in Hangul with loose jamo, which no inflection has. In a longer one a word the index lacks is
   * as likely a rare word as a slip: in English an added or changed letter makes another word (merger,
   * merge; two edits make reordering rendering), in Hangul an added or changed consonant (지진, 지닌),
   * and Nori leaves many inflected forms unknown; so there only unmistakable slips of English are read
   * ({@link Vocabulary#unmistakableSlips}), and of Hangul only {@code offering}.
   */
  private String readPartByPart(String typed, boolean last, boolean shortQuery, boolean offering) {
    StringBuilder out = new StringBuilder(typed.length());
    Matcher part = PART.matcher(typed);
    int from = 0;
    while (part.find()) {
      out.append(typed, from, part.start());
      String run = part.group();
      boolean lastPart = last && part.end() == typed.length();
      boolean versioned = besideADigit(typed, part.start(), part.end());
      Slips slips =
          !readings.contains(Reading.TYPOS) ? Slips.NONE
              : shortQuery || hasLooseJamo(run) ? Slips.ANY
              : offering || LATIN.matcher(run).matches() ? Slips.UNMISTAKABLE : Slips.NONE;
      boolean nameReadOtherwise = !out.toString().equals(typed.substring(0, part.start()));
      if (readings.contains(Reading.KEYBOARD) && afterADigit(typed, part.start()) && isLooseJamo(run)
          && nameReadOtherwise && known.test(out + Keyboard.toQwerty(run) + typed.substring(part.end()))) {
        // The letters of a version typed in the other mode, after a name read in that mode (혰-4ㅐ is
        // GPT-4o), when the index has the word so read; else Hangul still being typed after a number
        // (3ㅊ on the way to 3차원, though the index has 3C).
        out.append(Keyboard.toQwerty(run));
        from = part.end();
        continue;
      }
      boolean hangulName = versioned && !LATIN.matcher(run).matches() && !hasLooseJamo(run);
      if (isWord(run)) {
        out.append(run);
      } else if (hangulName) {
        // A Hangul name beside its version is a loanword the query builder reads (파이4, 큐웬2), no slip;
        // or a name typed in the other mode (혰-4 is GPT-4).
        out.append((readings.contains(Reading.KEYBOARD) ? otherMode(run, false, true) : Optional.<String>empty()).orElse(run));
      } else {
        out.append(otherReading(run, lastPart && !versioned, versioned, slips).orElse(run));
      }
      from = part.end();
    }
    return out.append(typed.substring(from)).toString();
  }

  /**
   * The word with its last part completed ({@code self-atten} → self-attention), when that part is
   * unfinished; never a unit or a letter of a version or name ({@code 7B}, {@code top-k}).
   */
  private Optional<String> completedLastPart(String previous, String typed) {
    Matcher part = PART.matcher(typed);
    int lastStart = -1;
    while (part.find()) {
      lastStart = part.end() == typed.length() ? part.start() : -1;
    }
    if (lastStart < 0 || (lastStart > 0 && (typed.length() - lastStart < 2 || afterADigit(typed, lastStart)))) {
      return Optional.empty();
    }
    String before = typed.substring(0, lastStart);
    return completion(lastStart == 0 ? previous : null, typed.substring(lastStart)).map(word -> before + word);
  }

  /**
   * The word {@code typed} begins, when it is more likely unfinished than whole ({@link
   * #WHOLE_WORD_SHARE}): the word that follows {@code previous} in a glossed term ({@code 비전 ㅌ}:
   * 트랜스포머), with the rest of the term most glossed with the two ({@code 대형 ㅇ}: 언어 모델), else the
   * most used term word it begins ({@code 가}: 강화, not 가능), else the most used word.
   */
  private Optional<String> completion(String previous, String typed) {
    if (!readings.contains(Reading.COMPLETION) || Vocabulary.isStopWord(typed)) {
      return Optional.empty(); // a stop word typed is whole: an, or, the (and An, Or are surnames)
    }
    Optional<Vocabulary.Word> inATerm =
        Optional.ofNullable(previous).flatMap(p -> terms.following(p, typed)).flatMap(vocabulary::word);
    List<Vocabulary.Word> completions = vocabulary.completions(typed, COMPLETIONS_LOOKED_AT);
    if (completions.isEmpty()) {
      return Optional.empty();
    }
    Vocabulary.Word best =
        inATerm
            .or(() -> completions.stream().filter(w -> isNameTyped(typed, w)).findFirst())
            .or(() -> completions.stream().filter(w -> terms.isTermWord(w.text())).findFirst())
            .orElse(completions.get(0));
    int whole = vocabulary.word(typed).map(Vocabulary.Word::count).orElse(0);
    if (whole >= WHOLE_WORD_SHARE * (whole + best.count())) {
      return Optional.empty();
    }
    // A term being typed is completed to its end: 대형 ㅇ is 대형 언어 모델, as the summaries gloss it.
    boolean termWord = inATerm.filter(best::equals).isPresent();
    return Optional.of(best.text() + (termWord ? terms.rest(previous, best.text()).map(rest -> " " + rest).orElse("") : ""));
  }

  /**
   * Whether {@code word} is a name that {@code typed}, with a capital, begins as papers write it: a
   * capital typed is a name being typed ({@code Dee} is DeepSeek before the term word deep, {@code Cha}
   * ChatGPT before the more used chain); one paper's name is as likely a misprint ({@code Trans} stays
   * transformer, not TransAgent).
   */
  private static boolean isNameTyped(String typed, Vocabulary.Word word) {
    return !typed.equals(typed.toLowerCase(Locale.ROOT)) && word.text().startsWith(typed) && word.count() >= MIN_CORRECTION_COUNT;
  }

  /** Whether the part of {@code word} from {@code start} follows a digit: a unit or a size ({@code 7B}). */
  private static boolean afterADigit(String word, int start) {
    return start > 0 && Character.isDigit(word.charAt(start - 1));
  }

  /**
   * Whether the part of {@code word} from {@code start} to {@code end} touches a digit, or a version
   * follows it: a model name with its version ({@code 파이4}, {@code Qwen2.5}, {@code Phi-4}) or a size,
   * which no slip or keyboard reading touches (GPT-4 must not become GPT-4o).
   */
  private static boolean besideADigit(String word, int start, int end) {
    return afterADigit(word, start) || VERSION.matcher(word).region(end, word.length()).lookingAt();
  }

  /** A version after a name's letters: {@code 2.5} of Qwen2.5, {@code -4o} of GPT-4o. */
  private static final Pattern VERSION = Pattern.compile("[-.]?[0-9]");

  /**
   * The word an unknown part was meant as: typed in the other mode, as initials, or with a slip; a part
   * beside a digit ({@code versioned}: Qwen2.5, YOLOv12) as a word, never as initials.
   */
  /** Which slips a word is read with. */
  private enum Slips {
    NONE,
    /** Two neighbouring keys swapped, or a vowel for the one beside it ({@link Vocabulary#unmistakableSlips}). */
    UNMISTAKABLE,
    /** As {@link Vocabulary#slips} finds them. */
    ANY
  }

  private Optional<String> otherReading(String typed, boolean last, boolean versioned, Slips slips) {
    if (readings.contains(Reading.KEYBOARD)) {
      Optional<String> converted = otherMode(typed, last, versioned);
      if (converted.isPresent()) {
        return converted;
      }
    }
    return slips == Slips.NONE ? Optional.empty() : slip(typed, slips);
  }

  /**
   * The part typed with the keyboard in the wrong mode, when the other mode's reading is a word the
   * index knows (or, being typed, begins one); initial consonants as their most used word.
   */
  private Optional<String> otherMode(String typed, boolean last, boolean versioned) {
    if (!versioned && typed.length() > 1 && typed.chars().allMatch(c -> Jamo.isConsonant((char) c))) {
      Optional<String> word = vocabulary.byInitials(typed).map(Vocabulary.Word::text);
      if (word.isPresent()) {
        return word;
      }
    }
    if (Hangul.isSyllables(typed) && typed.length() == 1 && !versioned) {
      // The keys of one syllable spell some English word by chance (걓 is r-i-g); not beside a version (혰-4 is GPT-4).
      return Optional.empty();
    }
    String converted = LATIN.matcher(typed).matches() ? Keyboard.toHangul(typed) : Keyboard.toQwerty(typed);
    Optional<Vocabulary.Word> word = vocabulary.word(converted).filter(w -> w.count() >= MIN_CORRECTION_COUNT);
    if (word.isPresent() && known.test(converted)) {
      return Optional.of(word.get().text());
    }
    if (Vocabulary.isStopWord(converted) && typed.chars().anyMatch(c -> Jamo.isVowel((char) c))) {
      return Optional.of(converted); // a loose vowel is no Hangul anyone types: ㅐㄹ is of
    }
    return last ? completion(null, converted) : Optional.empty();
  }

  /** The likeliest word a slip away ({@link Vocabulary#slips}), when enough papers use it. */
  private Optional<String> slip(String typed, Slips slips) {
    List<Vocabulary.Word> near = slips == Slips.ANY ? vocabulary.slips(typed, 1) : vocabulary.unmistakableSlips(typed);
    return near.stream()
        .findFirst()
        .filter(w -> w.count() >= MIN_CORRECTION_COUNT)
        .map(w -> inTheCaseTyped(typed, w.text()));
  }

  /**
   * {@code word}, the reading of a slip in {@code typed}, in the case the typist used, since capitals
   * decide whether a word is searched as a model name: two letters swapped back in the typed text itself
   * ({@code LLaAM} → LLaMA, {@code llsm} → llms); in lower case when so typed ({@code amth} → math, not
   * the benchmark MATH); with the capital the typist gave its first letter when the index writes it in
   * lower case ({@code Qwne} → Qwen); else as papers write it.
   */
  private static String inTheCaseTyped(String typed, String word) {
    String lower = typed.toLowerCase(Locale.ROOT);
    String meant = word.toLowerCase(Locale.ROOT);
    int at = 0;
    while (at < lower.length() && at < meant.length() && lower.charAt(at) == meant.charAt(at)) {
      at++;
    }
    boolean swap =
        lower.length() == meant.length()
            && at + 1 < lower.length()
            && lower.charAt(at) == meant.charAt(at + 1)
            && lower.charAt(at + 1) == meant.charAt(at)
            && lower.substring(at + 2).equals(meant.substring(at + 2));
    if (swap) {
      return typed.substring(0, at) + typed.charAt(at + 1) + typed.charAt(at) + typed.substring(at + 2);
    }
    if (typed.chars().noneMatch(Character::isUpperCase)) {
      return meant;
    }
    boolean capital = Character.isUpperCase(typed.charAt(0)) && word.chars().noneMatch(Character::isUpperCase);
    return capital ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
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
