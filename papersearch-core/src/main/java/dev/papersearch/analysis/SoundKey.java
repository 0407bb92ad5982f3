package dev.papersearch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * How a word sounds, coarsely enough that a Hangul transliteration and the English word it spells
 * meet: {@code 미니맥스} and {@code minimax}, {@code 하이퍼클로바} and {@code hyperclova}, {@code 맘바} and
 * {@code mamba}, {@code 엑사원} and {@code exaone} each get one key.
 *
 * <p>A key is the word's consonants in Korean classes ({@code b p f v} are all {@code ㅂ/ㅍ}, {@code
 * l r} are {@code ㄹ}, …) with every run of vowels reduced to one slot; repeated consonants are merged
 * and the vowels Korean adds to close a consonant ({@code ㅡ}, a final open {@code 지}) and
 * English's silent final {@code e} left out. The vowel slots are kept beside the key, so that among
 * the English words sharing a key only those whose vowels Korean could have written that way match
 * ({@link #vowelAgreement}). English spelling is ambiguous ({@code g} in {@code gemini} and {@code gpt},
 * {@code c} in {@code cell} and {@code code}), so an English word has a few readings.
 */
public final class SoundKey {

  /** A reading: the key and, per vowel slot, the letters (English) or the medial vowels (Korean). */
  public record Reading(String key, List<String> vowels) {}

  /** Consonant class of each Hangul initial, in Unicode order; '-' is the silent ㅇ (see {@link #consonant}). */
  private static final String INITIALS = "GGNDDLMBBSS-JJJKTPH";

  /** Consonant class of each Hangul final, in Unicode order ('Q' is ㅇ = ng). */
  private static final String[] FINALS_CLASS = {
    "", "K", "K", "KS", "N", "NJ", "N", "T", "L", "LK", "LM", "LP", "LS", "LT", "LP", "L", "M", "P",
    "PS", "T", "T", "Q", "T", "T", "K", "T", "P", ""
  };

  /** For each English vowel letter, the Hangul medials ({@link Jamo#MEDIALS}) that loanwords write for it. */
  private static final String A = "ㅏㅐㅑㅓㅔㅘㅙㅗ";
  private static final String E = "ㅔㅐㅣㅓㅖㅞㅕ";
  private static final String LETTER_I = "ㅣㅏㅓㅟㅢㅔㅕ";
  private static final String O = "ㅗㅓㅏㅜㅘㅝㅚㅛ";
  private static final String U = "ㅜㅓㅠㅝㅟㅏ";
  private static final String Y = "ㅣㅏㅑㅕㅛㅠㅖㅒ";
  private static final String W = "ㅘㅝㅞㅟㅙㅚㅜㅠ";

  private SoundKey() {}

  /** The reading of a word of Hangul syllables; {@code null} when it has anything else. */
  public static Reading ofHangul(String word) {
    StringBuilder out = new StringBuilder();
    List<String> vowels = new ArrayList<>();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Hangul.isSyllable(c)) {
        return null;
      }
      int medial = Hangul.medial(c);
      char consonant = INITIALS.charAt(Hangul.initial(c));
      if (consonant != '-') {
        out.append(consonant);
      }
      int fin = Hangul.fin(c);
      // 지 ends 브리지 (bridge) with no vowel, but 직 (music, logic) sounds its ㅣ before the final.
      // ㅡ is the vowel Korean adds to close a consonant (트 in 트랜스포머), so no vowel at all; so is a
      // final ㅣ after ㅈ or ㅊ (브리지 = bridge, 이미지 = image).
      boolean closing =
          medial == Hangul.Medial.EU
              || medial == Hangul.Medial.I && i == word.length() - 1 && consonant == 'J' && fin == Hangul.Final.NONE;
      if (!closing) {
        out.append('V');
        vowels.add(String.valueOf(Jamo.MEDIALS.charAt(medial)));
      }
      // Loanwords write a final ㅅ before a consonant without sounding it (브릿지 = bridge).
      boolean silentS = fin == Hangul.Final.S && i + 1 < word.length() && startsWithConsonant(word.charAt(i + 1));
      out.append(silentS ? "" : FINALS_CLASS[fin]);
    }
    return normalize(out, vowels);
  }

  private static boolean startsWithConsonant(char syllable) {
    return Hangul.isSyllable(syllable) && Hangul.initial(syllable) != Hangul.Initial.SILENT;
  }

  /**
   * The readings of a lower- or upper-case English word of letters; empty for anything else. A
   * {@code q} not followed by {@code u} is also read by its letter name, as Korean writes it: {@code
   * Qwen} is 큐웬, {@code QLoRA} 큐로라. A leading {@code wh} is also read as the {@code w} it sounds:
   * {@code Whisper} is 위스퍼.
   */
  public static List<Reading> ofLatin(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.isEmpty() || !w.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
      return List.of();
    }
    List<Reading> readings = readingsOf(w);
    if (w.charAt(0) == 'q' && !w.startsWith("qu")) {
      alsoRead(readings, "kyu" + w.substring(1));
    }
    if (w.startsWith("wh")) {
      alsoRead(readings, "w" + w.substring(2));
    }
    return readings;
  }

  private static void alsoRead(List<Reading> readings, String respelled) {
    readingsOf(respelled).stream().filter(r -> !readings.contains(r)).forEach(readings::add);
  }

  private static List<Reading> readingsOf(String w) {
    List<StringBuilder> keys = new ArrayList<>(List.of(new StringBuilder()));
    List<List<String>> vowels = new ArrayList<>(List.of(new ArrayList<>()));
    int i = 0;
    while (i < w.length()) {
      if (isVowel(w.charAt(i), nextOf(w, i))) {
        int end = i;
        while (end < w.length() && isVowel(w.charAt(end), nextOf(w, end))) {
          end++;
        }
        String letters = w.substring(i, end) + (closesShortVowel(w, end) ? SHORT : "");
        boolean silentE = end == w.length() && letters.equals("e") && i > 0;
        if (!silentE) {
          keys.forEach(k -> k.append('V'));
          vowels.forEach(v -> v.add(letters));
        }
        i = end;
      } else {
        Sound sound = consonant(w, i);
        branch(keys, vowels, sound.options());
        i += sound.letters();
      }
    }
    List<Reading> readings = new ArrayList<>(keys.size());
    for (int k = 0; k < keys.size(); k++) {
      Reading r = normalize(keys.get(k), vowels.get(k));
      if (!readings.contains(r)) {
        readings.add(r);
      }
    }
    return readings;
  }

  /**
   * How well the vowels of a Hangul reading spell those of an English reading with the same key, or 0
   * when they do not. A slot scores 2 when each of its Hangul vowels is the usual one for a letter of
   * the slot and each letter has its usual vowel ({@code a} ↔ {@code ㅏ}), 1 when some are only written
   * so at times ({@code a} → {@code ㅓ}); at most half the slots may score 1.
   */
  public static int vowelAgreement(Reading hangul, Reading latin) {
    if (!hangul.key().equals(latin.key()) || hangul.vowels().size() != latin.vowels().size()) {
      return 0;
    }
    int total = 0;
    int loose = 0;
    for (int v = 0; v < hangul.vowels().size(); v++) {
      int slot = slotAgreement(hangul.vowels().get(v), latin.vowels().get(v));
      if (slot == 0) {
        return 0;
      }
      loose += slot == 1 ? 1 : 0;
      total += slot;
    }
    return loose * 2 > hangul.vowels().size() ? 0 : total;
  }

  /**
   * How the Hangul vowels of a slot spell its English letters: the worst of the Hangul vowels, each
   * scoring 2 when it is a usual spelling of the letters, 1 when an occasional one. A {@code ㅣ} or
   * {@code ㅜ} after another vowel is the glide of a diphthong ({@code 가우} for {@code au}) and needs no
   * letter of its own; {@code 아이} is the usual spelling of a long {@code i} or {@code y} (파이썬 = python).
   * A vowel English spells short ({@link #closesShortVowel}) has neither.
   */
  private static int slotAgreement(String written, String slot) {
    boolean longPossible = slot.indexOf(SHORT) < 0;
    String letters = longPossible ? slot : slot.replace(String.valueOf(SHORT), "");
    String usual = DIGRAPHS.getOrDefault(letters, "") + forEach(letters, SoundKey::usual);
    String occasional = usual + forEach(letters, SoundKey::writes);
    int worst = 2;
    for (int k = 0; k < written.length(); k++) {
      char vowel = written.charAt(k);
      boolean glide = longPossible && k > 0 && (vowel == 'ㅣ' || vowel == 'ㅜ');
      boolean longI = longPossible && vowel == 'ㅏ' && written.startsWith("ㅣ", k + 1) && letters.matches(".*[iy].*");
      int score = glide || longI || usual.indexOf(vowel) >= 0 ? 2 : occasional.indexOf(vowel) >= 0 ? 1 : 0;
      worst = Math.min(worst, score);
    }
    return worst;
  }

  /**
   * Marks a vowel slot that English spelling shows to be short, so Korean writes it without a glide:
   * patch is 패치, not 페이지 (page).
   */
  private static final char SHORT = '.';

  /**
   * Whether the consonants at {@code i} close the vowel before them as short: a doubled consonant, ck,
   * tch or dge (matter, back, patch, badge), never written after a long vowel.
   */
  private static boolean closesShortVowel(String w, int i) {
    if (i + 1 >= w.length()) {
      return false;
    }
    char c = w.charAt(i);
    boolean doubled = c == w.charAt(i + 1) && "aeiouyw".indexOf(c) < 0;
    return doubled || w.startsWith("ck", i) || w.startsWith("tch", i) || w.startsWith("dge", i);
  }

  /** English vowel pairs with a spelling of their own in loanwords. */
  private static final Map<String, String> DIGRAPHS =
      Map.ofEntries(
          Map.entry("au", "ㅗㅏ"),
          Map.entry("aw", "ㅗ"),
          Map.entry("ee", "ㅣ"),
          Map.entry("ea", "ㅣㅔ"),
          Map.entry("oo", "ㅜ"),
          Map.entry("ou", "ㅏㅜ"),
          Map.entry("ow", "ㅏㅗ"),
          Map.entry("ai", "ㅔ"),
          Map.entry("ay", "ㅔ"),
          Map.entry("ei", "ㅔㅏ"),
          Map.entry("ey", "ㅔ"),
          Map.entry("ie", "ㅣㅏ"),
          Map.entry("io", "ㅣㅕㅓ"),
          Map.entry("ia", "ㅣㅑ"),
          Map.entry("oa", "ㅗ"),
          Map.entry("oi", "ㅗ"),
          Map.entry("oy", "ㅗ"),
          Map.entry("ue", "ㅜ"),
          Map.entry("eo", "ㅣㅔ"));

  /** The vowels {@code spelling} gives for any of {@code letters}, run together. */
  private static String forEach(String letters, IntFunction<String> spelling) {
    StringBuilder out = new StringBuilder();
    letters.chars().forEach(l -> out.append(spelling.apply(l)));
    return out.toString();
  }

  /** The Hangul vowels usually written for an English vowel letter. */
  private static String usual(int letter) {
    return switch (letter) {
      case 'a' -> "ㅏㅐㅔ";
      case 'e' -> "ㅔㅐ";
      case 'i', 'y' -> "ㅣ";
      case 'o' -> "ㅗㅝ";
      case 'u' -> "ㅜㅓㅠ";
      case 'w' -> "ㅘㅝㅞㅟ";
      default -> "";
    };
  }

  /** The Hangul vowels loanwords write for an English vowel letter. */
  private static String writes(int letter) {
    return switch (letter) {
      case 'a' -> A;
      case 'e' -> E;
      case 'i' -> LETTER_I;
      case 'o' -> O;
      case 'u' -> U;
      case 'y' -> Y;
      case 'w' -> W;
      default -> "";
    };
  }

  /** The classes an English consonant may sound as, and how many letters it spans. */
  private record Sound(String[] options, int letters) {
    Sound(String... options) {
      this(options, 1);
    }
  }

  /**
   * The sound of the consonant at {@code i}, in the classes of the Hangul initials that write it: {@code
   * B} ㅂ (b, v), {@code P} ㅍ (p, f, ph), {@code D} ㄷ, {@code T} ㅌ, {@code G} ㄱ, {@code K} ㅋ (k, c,
   * q), {@code J} ㅈ ㅊ (j, ch, soft g, z), {@code S} ㅅ, {@code Q} ng; a {@code b} ending the word may
   * be written as the final ㅂ, which sounds {@code P} (랩 = lab).
   */
  private static Sound consonant(String w, int i) {
    char c = w.charAt(i);
    char next = nextOf(w, i);
    boolean soft = next == 'e' || next == 'i' || next == 'y';
    return switch (c) {
      case 'b', 'v' -> next == END ? new Sound("B", "P") : new Sound("B");
      case 'p' -> next == 'h' ? new Sound(new String[] {"P"}, 2) : new Sound("P");
      case 'f' -> new Sound("P");
      case 'c' ->
          switch (next) {
            case 'h' -> new Sound(new String[] {"J", "K"}, 2);
            case 'k' -> new Sound(new String[] {"K"}, 2);
            default -> soft ? new Sound("S", "K") : new Sound("K");
          };
      case 'd' -> new Sound(next == 'g' ? "" : "D");
      case 't' -> {
        if (w.startsWith("ch", i + 1)) {
          yield new Sound(new String[] {"J"}, 3); // tch is the ch of chip alone: 매칭 = matching, 패치 = patch
        }
        yield next == 'h'
            ? new Sound(new String[] {"S", "T"}, 2)
            : new Sound(w.startsWith("ion", i + 1) ? "S" : "T");
      }
      case 'g' -> next == 'h' ? new Sound(new String[] {""}, 2) : soft ? new Sound("G", "J") : new Sound("G");
      case 'h' -> new Sound(isVowel(next, END) ? "H" : "");
      case 'j', 'z' -> new Sound("J");
      case 'k', 'q' -> new Sound("K");
      case 'l' -> new Sound("L");
      case 'r' -> new Sound(isVowel(next, END) ? "L" : "");
      case 'm' -> new Sound("M");
      case 'n' -> {
        boolean ng = next == 'g' && (i + 2 == w.length() || !isVowel(w.charAt(i + 2), END));
        if (ng) {
          yield new Sound(new String[] {"Q"}, 2);
        }
        yield next == 'k' ? new Sound(new String[] {"QK", "NK"}, 2) : new Sound("N");
      }
      case 's' -> {
        boolean voiced = i > 0 && isVowel(w.charAt(i - 1), c) && isVowel(next, END);
        String[] options = voiced ? new String[] {"S", "J"} : new String[] {"S"};
        yield new Sound(options, next == 'h' ? 2 : 1);
      }
      case 'x' -> new Sound(i == 0 ? "J" : "KS");
      default -> new Sound("");
    };
  }

  private static char nextOf(String w, int i) {
    return i + 1 < w.length() ? w.charAt(i + 1) : END;
  }

  /** Vowels, and {@code y}/{@code w} when they glide into a vowel or end the word. */
  private static boolean isVowel(char c, char next) {
    return switch (c) {
      case 'a', 'e', 'i', 'o', 'u' -> true;
      case 'y', 'w' -> next == END || "aeiou".indexOf(next) >= 0 || c == 'y';
      default -> false;
    };
  }

  private static final int MAX_READINGS = 8;

  /** Stands for "no next letter". */
  private static final char END = 0;

  private static void branch(List<StringBuilder> keys, List<List<String>> vowels, String[] options) {
    int n = keys.size();
    for (int k = 0; k < n; k++) {
      for (int o = 1; o < options.length && keys.size() < MAX_READINGS; o++) {
        keys.add(new StringBuilder(keys.get(k)).append(options[o]));
        vowels.add(new ArrayList<>(vowels.get(k)));
      }
      keys.get(k).append(options[0]);
    }
  }

  /** Merges repeated consonants and vowel runs. */
  private static Reading normalize(CharSequence raw, List<String> vowelSlots) {
    StringBuilder key = new StringBuilder();
    List<String> vowels = new ArrayList<>();
    int slot = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean repeat = key.length() > 0 && key.charAt(key.length() - 1) == c;
      if (c == 'V') {
        if (repeat) {
          vowels.set(vowels.size() - 1, vowels.get(vowels.size() - 1) + vowelSlots.get(slot));
        } else {
          key.append(c);
          vowels.add(vowelSlots.get(slot));
        }
        slot++;
      } else if (!repeat) {
        key.append(c);
      }
    }
    return new Reading(key.toString(), List.copyOf(vowels));
  }

  /** Consonant classes in a key, for callers that want to skip keys too short to mean anything. */
  public static int consonants(Reading reading) {
    return (int) reading.key().chars().filter(c -> c != 'V').count();
  }
}
