package dev.papersearch.typing;

import dev.papersearch.analysis.Jamo;
import dev.papersearch.analysis.Keyboard;
import dev.papersearch.typing.Suggestion.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search box offers under the words typed so far: the last word (or the last few, for a term,
 * name or title of several words) completed to what the index has, read as typed in any state an IME
 * shows ({@code 트랜슾}); as typed with the keyboard in the other mode ({@code xmfostm}, {@code ㅣㅐㄱ})
 * when nothing begins with it or its keys spell a word there; and as initial consonants ({@code
 * ㅌㄹㅅㅍㅁ}); with the earlier words a slip away mended; the most used first ({@link BestSuggestions}).
 * When nothing completes them, the words a slip away from the last word ({@code transfromer}, {@link
 * Vocabulary#slips}).
 */
public final class Suggester {

  /** The most words a suggestion completes: the glossary's longest Korean terms ({@code 멀티모달 대형 언어 모델}). */
  static final int MAX_WORDS = 4;

  /**
   * The nearest words a slip is looked for among: of English words of 4 letters only a swap of two
   * neighbours counts, and the nearest may be none (wqen is one key from when, a swap from qwen).
   */
  private static final int SLIPS = 5;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  private static final Pattern HANGUL = Pattern.compile("[가-힣ㄱ-ㅣ]");

  private final Vocabulary vocabulary;
  private final List<Catalogue> catalogues;

  Suggester(Vocabulary vocabulary, List<Catalogue> catalogues) {
    this.vocabulary = vocabulary;
    this.catalogues = List.copyOf(catalogues);
  }

  /** At most {@code size} suggestions for {@code typed}, best first; none for blank text. */
  public List<Suggestion> suggest(String typed, int size) {
    String[] words = typed.isBlank() ? new String[0] : SPACES.split(typed.strip());
    if (words.length == 0 || size <= 0) {
      return List.of();
    }
    BestSuggestions best = new BestSuggestions();
    addCompletions(words, size, best);
    String[] mended = mendedBeforeTheLast(words, size);
    if (!Arrays.equals(mended, words)) {
      addCompletions(mended, size, best);
    }
    if (best.isEmpty()) {
      addSlips(words, size, best);
    }
    return best.first(size);
  }

  /** The completions of the last words of {@code words}, one to {@link #MAX_WORDS} of them. */
  private void addCompletions(String[] words, int size, BestSuggestions best) {
    int last = words.length - 1;
    for (int s = Math.max(0, words.length - MAX_WORDS); s <= last; s++) {
      String before = join(words, 0, s);
      boolean readOtherwise = Arrays.stream(words, 0, s).allMatch(w -> vocabulary.word(w).isPresent());
      for (Suggestion completion : completions(join(words, s, words.length), readOtherwise, size)) {
        best.add(completion, before, s < last ? BestSuggestions.Rank.PHRASE : BestSuggestions.Rank.WORD);
      }
    }
  }

  /**
   * {@code words} with each word before the last that the vocabulary lacks read as typed in the other
   * keyboard mode ({@code ghkrtks ahepf}) or with a slip no word of its own makes: any slip in Hangul
   * with loose jamo ({@code ㅐㄷ형 언어 모} → 대형 언어 모), else an unmistakable one ({@code large languaeg
   * m} → large language m; {@link Vocabulary#unmistakableSlips}), so that a slip early in a term still
   * finds the term while a rare word (점자, merger) is left as typed.
   */
  private String[] mendedBeforeTheLast(String[] words, int size) {
    String[] mended = words.clone();
    for (int w = 0; w < words.length - 1; w++) {
      String word = words[w];
      if (vocabulary.word(word).isEmpty()) {
        String other = otherMode(word);
        boolean loose = word.chars().anyMatch(Jamo::isJamo);
        Function<String, List<Vocabulary.Word>> slips =
            run -> loose ? vocabulary.slips(run, Math.max(size, SLIPS)) : vocabulary.unmistakableSlips(run);
        mended[w] = isWholeWordInTheOtherMode(word, other) ? other : slipped(word, slips);
      }
    }
    return mended;
  }

  /**
   * Whether {@code other}, {@code part} in the other keyboard mode, is a word of the vocabulary, and no
   * single syllable on either side: the keys of one syllable spell some English by chance (rl is 기).
   */
  private boolean isWholeWordInTheOtherMode(String part, String other) {
    return !other.equals(part) && part.length() > 1 && other.length() > 1 && vocabulary.word(other).isPresent();
  }

  /**
   * When nothing completes the text: the last word with each part the vocabulary lacks read as the
   * most used word a slip away, completed ({@code transfromer} → transformer, transformers; {@code
   * Qwne2.5} → Qwen2.5), then the other words a slip away from it.
   */
  private void addSlips(String[] words, int size, BestSuggestions best) {
    String typed = words[words.length - 1];
    String before = join(words, 0, words.length - 1);
    Map<String, List<Vocabulary.Word>> near = new HashMap<>();
    Function<String, List<Vocabulary.Word>> slips =
        run -> near.computeIfAbsent(run, r -> vocabulary.slips(r, Math.max(size, SLIPS)));
    String meant = slipped(typed, slips);
    if (!meant.equals(typed)) {
      beginningWith(Vocabulary.key(meant), size).forEach(c -> best.add(c, before, BestSuggestions.Rank.WORD));
    }
    slips.apply(typed).forEach(w -> best.add(new Suggestion(w.text(), Kind.TERM, w.count()), before, BestSuggestions.Rank.SLIP));
  }

  /**
   * {@code word} with each part the vocabulary lacks (a run of Latin letters or of Hangul) as the
   * first of its {@code slips}.
   */
  private String slipped(String word, Function<String, List<Vocabulary.Word>> slips) {
    StringBuilder out = new StringBuilder(word.length());
    Matcher part = TypedWords.PART.matcher(word);
    int from = 0;
    while (part.find()) {
      String run = part.group();
      Optional<String> meant =
          vocabulary.word(run).isPresent() ? Optional.empty() : slips.apply(run).stream().map(Vocabulary.Word::text).findFirst();
      out.append(word, from, part.start()).append(meant.orElse(run));
      from = part.end();
    }
    return out.append(word.substring(from)).toString();
  }

  /**
   * The completions of {@code part} as typed; when there are none, of the part typed in the other
   * keyboard mode; and when it is initial consonants, of the terms they begin. Only as typed when
   * {@code readOtherwise} is false: the words before are no words of the index, so likely not the
   * typist's intent either.
   */
  private List<Suggestion> completions(String part, boolean readOtherwise, int n) {
    List<Suggestion> found = beginningWith(Vocabulary.key(part), n);
    if (!readOtherwise) {
      return found;
    }
    String other = otherMode(part);
    // Typed in the other mode: when nothing begins with the text, or when its keys there spell a whole
    // word (해미 is goal more likely than the beginning of 해밀턴).
    if (!other.equals(part) && (found.isEmpty() || isWholeWordInTheOtherMode(part, other))) {
      found = new ArrayList<>(found);
      found.addAll(beginningWith(Vocabulary.key(other), n));
    }
    if (isInitials(part)) {
      found = new ArrayList<>(found);
      for (Catalogue catalogue : catalogues) {
        found.addAll(catalogue.withInitials(part, n));
      }
    }
    return found;
  }

  private List<Suggestion> beginningWith(String keys, int n) {
    List<Suggestion> found = new ArrayList<>();
    for (Catalogue catalogue : catalogues) {
      found.addAll(catalogue.beginningWith(keys, n));
    }
    return found;
  }

  /** {@code part} as the other keyboard mode reads its keys, or itself when it mixes Latin and Hangul. */
  private static String otherMode(String part) {
    boolean latin = LATIN.matcher(part).find();
    boolean hangul = HANGUL.matcher(part).find();
    if (latin == hangul) {
      return part;
    }
    return latin ? Keyboard.toHangul(part) : Keyboard.toQwerty(part);
  }

  /** Whether {@code part} is only initial consonants, two at least: {@code ㅌㄹㅅㅍㅁ}, {@code ㄱㅎ ㅎㅅ}. */
  private static boolean isInitials(String part) {
    long consonants = part.chars().filter(c -> Jamo.isConsonant((char) c)).count();
    return consonants >= 2 && part.chars().allMatch(c -> c == ' ' || Jamo.isConsonant((char) c));
  }

  private static String join(String[] words, int from, int to) {
    return String.join(" ", Arrays.asList(words).subList(from, to));
  }
}
