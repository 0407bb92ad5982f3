package dev.papersearch.typing;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.analysis.Jamo;
import dev.papersearch.analysis.Keyboard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The words of an index as they are typed, with how many papers use each: the Korean words of the
 * summaries (Nori's terms) and the English words of the titles, looked up by their keys — the
 * keystrokes of the 2-beolsik keyboard for Hangul ({@link Jamo#disassemble}), the lower-case letters
 * for English — so that every state an IME shows is a prefix of the word it is typing (트랜슾 of
 * 트랜스포머, 홗 of 확산), and a slip of a vowel (모댈) is one key away from the word (모델).
 *
 * <p>Immutable; {@link Lexicon} makes one of an index reader.
 */
public final class Vocabulary {

  /** A word of the index and how many papers use it. */
  public record Word(String text, int count) {}

  private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

  /** The keys in order, each with its word: prefixes are ranges of it. */
  private final String[] keys;
  private final Word[] words;
  /** The keys' indexes ordered by the keys' length, for the words a slip away. */
  private final int[] byLength;
  /** Where the keys of each length begin in {@link #byLength}; one past the longest at the end. */
  private final int[] lengthStarts;
  /** Each key's letters as a set ({@link Edits#letters}), which rules out most words a slip cannot reach. */
  private final long[] letters;
  /** The most used word of each string of initial consonants (트랜스포머 for ㅌㄹㅅㅍㅁ). */
  private final Map<String, Word> byInitials = new HashMap<>();

  private Vocabulary(TreeMap<String, Word> sorted) {
    keys = sorted.keySet().toArray(String[]::new);
    words = sorted.values().toArray(Word[]::new);
    int longest = Arrays.stream(keys).mapToInt(String::length).max().orElse(0);
    lengthStarts = new int[longest + 2];
    for (String key : keys) {
      lengthStarts[key.length() + 1]++;
    }
    for (int length = 1; length < lengthStarts.length; length++) {
      lengthStarts[length] += lengthStarts[length - 1];
    }
    byLength = new int[keys.length];
    int[] next = Arrays.copyOf(lengthStarts, lengthStarts.length);
    for (int i = 0; i < keys.length; i++) {
      byLength[next[keys[i].length()]++] = i;
    }
    letters = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      letters[i] = Edits.letters(keys[i]);
      if (Hangul.isSyllables(words[i].text()) && words[i].text().length() > 1) {
        byInitials.merge(Jamo.choseong(words[i].text()), words[i], Vocabulary::moreUsed);
      }
    }
  }

  /** The vocabulary of the papers {@code reader} sees. */
  public static Vocabulary of(IndexReader reader) {
    return ofForms(SegmentWords.of(reader));
  }

  /**
   * A vocabulary of words in the forms papers write them, with the papers that write each form: a
   * word's papers are those of all its forms ({@code LLaMA}, {@code Llama}), and it is written in its
   * most used one, so that a word read from keys ({@code llama}, {@code ㅣㅣ믐}) is searched and
   * offered as papers write it.
   */
  public static Vocabulary ofForms(Map<String, Integer> papersByForm) {
    Map<String, List<Word>> formsByKey = new HashMap<>();
    papersByForm.forEach((form, papers) -> formsByKey.computeIfAbsent(key(form), k -> new ArrayList<>()).add(new Word(form, papers)));
    TreeMap<String, Word> sorted = new TreeMap<>();
    formsByKey.forEach(
        (key, forms) ->
            sorted.put(
                key,
                new Word(forms.stream().reduce(Vocabulary::moreUsed).orElseThrow().text(), forms.stream().mapToInt(Word::count).sum())));
    return new Vocabulary(sorted);
  }

  /** The more used of two words; the first in text order on a tie, so that the result never depends on order. */
  private static Word moreUsed(Word a, Word b) {
    int byCount = Integer.compare(a.count(), b.count());
    if (byCount != 0) {
      return byCount > 0 ? a : b;
    }
    return a.text().compareTo(b.text()) <= 0 ? a : b;
  }

  private static final Comparator<Word> MOST_USED_FIRST =
      Comparator.comparingInt(Word::count).reversed().thenComparing(Word::text);

  /** Whether {@code word} is an English stop word, which the vocabulary leaves out. */
  public static boolean isStopWord(String word) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Every word, in the order of their keys. */
  public List<Word> words() {
    return List.of(words);
  }

  /** How a word is looked up: its keystrokes for Hangul, its lower-case letters for English. */
  public static String key(String text) {
    return Jamo.disassemble(text.toLowerCase(Locale.ROOT));
  }

  /** How many words the vocabulary has. */
  public int size() {
    return keys.length;
  }

  /** The word typed as {@code text}, if the vocabulary has it. */
  public Optional<Word> word(String text) {
    int at = Arrays.binarySearch(keys, key(text));
    return at >= 0 ? Optional.of(words[at]) : Optional.empty();
  }

  /**
   * The {@code n} most used words that {@code text} is the beginning of, at the level of keys (so in
   * any state an IME shows), itself excluded; the most used first, ties in text order. Costs one pass
   * over the words with that beginning: a one-key beginning is a few thousand.
   */
  public List<Word> completions(String text, int n) {
    String prefix = key(text);
    if (prefix.isEmpty()) {
      return List.of();
    }
    int from = insertionPoint(prefix);
    int to = insertionPoint(prefix + Character.MAX_VALUE);
    List<Word> found = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (keys[i].length() > prefix.length()) {
        found.add(words[i]);
      }
    }
    found.sort(MOST_USED_FIRST);
    return found.subList(0, Math.min(n, found.size()));
  }

  private int insertionPoint(String key) {
    int at = Arrays.binarySearch(keys, key);
    return at >= 0 ? at : -at - 1;
  }

  /**
   * The {@code n} words within {@code maxEdits} keys of {@code text} (a key added, dropped, changed, or
   * two neighbours swapped), other than itself; the fewest edits first, then the most used.
   */
  private List<Word> nearest(String text, int maxEdits, int n) {
    String typed = key(text);
    Edits.From from = new Edits.From(typed);
    long typedLetters = Edits.letters(typed);
    List<Word> found = new ArrayList<>();
    List<Integer> edits = new ArrayList<>();
    int shortest = Math.min(Math.max(0, typed.length() - maxEdits), lengthStarts.length - 1);
    int tooLong = Math.min(typed.length() + maxEdits + 1, lengthStarts.length - 1);
    for (int at = lengthStarts[shortest]; at < lengthStarts[tooLong]; at++) {
      int i = byLength[at];
      // an edit changes at most two letters of the set (one gone, one come), a swap none
      if (Long.bitCount(letters[i] ^ typedLetters) > 2 * maxEdits) {
        continue;
      }
      int e = from.within(keys[i], maxEdits);
      if (e > 0 && e <= maxEdits) {
        found.add(words[i]);
        edits.add(e);
      }
    }
    Integer[] order = new Integer[found.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingInt(edits::get).thenComparing(found::get, MOST_USED_FIRST));
    return Arrays.stream(order).limit(n).map(found::get).toList();
  }

  /**
   * The {@code n} words {@code text} most likely is with a slip, as {@link #nearest}: one key away
   * from 4 keys of Hangul and 3 English letters (at 3 and 4 letters only two neighbours swapped:
   * {@code PGT} is GPT, model names are short), two from 9 letters or 10 keys of Hangul; none for
   * shorter text. Of the words one key away, those a finger makes first (two keys
   * swapped, one added or dropped, one changed for its neighbour on the keyboard: {@code otwer} is
   * tower before other), each group the most used first.
   */
  public List<Word> slips(String text, int n) {
    String typed = key(text);
    boolean english = LATIN.matcher(text).matches();
    int edits = typed.length() >= (english ? 9 : 10) ? 2 : typed.length() >= (english ? 3 : 4) ? 1 : 0;
    if (edits == 0) {
      return List.of();
    }
    List<Word> near = nearest(text, edits, Math.max(n, SLIPS_RANKED));
    if (english && typed.length() <= 4) {
      near = near.stream().filter(w -> isSwap(typed, key(w.text()))).toList();
    }
    List<Word> likelyFirst = new ArrayList<>(near);
    likelyFirst.sort(Comparator.comparing((Word w) -> !isFingerSlip(typed, key(w.text()))));
    return likelyFirst.subList(0, Math.min(n, likelyFirst.size()));
  }

  /** How many words a slip away are ranked by how a finger slips; more are rarely one key away. */
  private static final int SLIPS_RANKED = 32;

  /**
   * The words {@code text} is with a slip that seldom turns one word into another, the most used first:
   * two neighbouring keys swapped ({@code languaeg}), or a Hangul vowel typed for the one beside it
   * (ㅐ/ㅔ: {@code 데형}; ㅓ/ㅕ: {@code 능럭}); none under 4 keys. A key added, dropped or changed
   * elsewhere makes another word as often as it mends one (merger, merge; 지진, 지닌). Found by looking
   * up each such slip's keys, a few dozen, not by comparing every word: longer queries read every word
   * the index lacks this way.
   */
  public List<Word> unmistakableSlips(String text) {
    char[] keys = key(text).toCharArray();
    if (keys.length < 4) {
      return List.of();
    }
    Map<String, Word> found = new HashMap<>();
    for (int i = 0; i + 1 < keys.length; i++) {
      if (keys[i] != keys[i + 1]) {
        swap(keys, i, i + 1);
        word(new String(keys)).ifPresent(w -> found.put(key(w.text()), w));
        swap(keys, i, i + 1);
      }
    }
    for (int i = 0; i < keys.length; i++) {
      char typed = keys[i];
      for (char vowel = FIRST_VOWEL; Jamo.isVowel(typed) && vowel <= LAST_VOWEL; vowel++) {
        if (vowel != typed && Jamo.isVowel(vowel) && Keyboard.areNeighbours(typed, vowel)) {
          keys[i] = vowel;
          word(new String(keys)).ifPresent(w -> found.put(key(w.text()), w));
        }
      }
      keys[i] = typed;
    }
    return found.values().stream().sorted(MOST_USED_FIRST).toList();
  }

  /** The vowels of the compatibility jamo block run from ㅏ to ㅣ. */
  private static final char FIRST_VOWEL = 'ㅏ';

  private static final char LAST_VOWEL = 'ㅣ';

  private static void swap(char[] keys, int i, int j) {
    char kept = keys[i];
    keys[i] = keys[j];
    keys[j] = kept;
  }

  /** The one position where two keys of equal length differ, or -1 (none, or more than one). */
  private static int onlyChange(String a, String b) {
    if (a.length() != b.length()) {
      return -1;
    }
    int changed = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (changed >= 0) {
          return -1;
        }
        changed = i;
      }
    }
    return changed;
  }

  /**
   * Whether {@code word} is one slip of a finger from {@code typed}, both keys: two neighbouring keys
   * swapped, a key added or dropped, or a key changed for its neighbour on the keyboard.
   */
  private static boolean isFingerSlip(String typed, String word) {
    if (typed.length() != word.length()) {
      return Math.abs(typed.length() - word.length()) == 1 && Edits.within(typed, word, 1) == 1;
    }
    if (isSwap(typed, word)) {
      return true;
    }
    int changed = onlyChange(typed, word);
    return changed >= 0 && Keyboard.areNeighbours(typed.charAt(changed), word.charAt(changed));
  }

  /** Whether {@code b} is {@code a} with two neighbouring keys swapped. */
  private static boolean isSwap(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = 0;
    while (first < a.length() && a.charAt(first) == b.charAt(first)) {
      first++;
    }
    return first + 1 < a.length()
        && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first)
        && a.substring(first + 2).equals(b.substring(first + 2));
  }

  /** The most used word of two syllables or more whose initial consonants are {@code initials} (ㅌㄹㅅㅍㅁ). */
  public Optional<Word> byInitials(String initials) {
    return Optional.ofNullable(byInitials.get(initials));
  }
}
