package dev.papersearch.typing;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.analysis.Jamo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggestions by the keys that reach them, for completing what is typed. Each is found under the
 * typing keys of its text ({@link Vocabulary#key}: 2-beolsik keystrokes for Hangul, lower-case letters
 * otherwise), so that any state an IME shows is a beginning of it; a title also under each of its words
 * on, an author under the surname; a Hangul term also under its initial consonants ({@code ㄱㅎ ㅎㅅ}
 * for 강화 학습). Immutable; made by a {@link Builder}.
 */
final class Catalogue {

  /** Keys longer than this are cut: no one types 48 keys of a title before picking it. */
  static final int MAX_KEY = 48;

  private final Suggestion[] suggestions;
  private final Index byKeys;
  private final Index byInitials;

  private Catalogue(Suggestion[] suggestions, Index byKeys, Index byInitials) {
    this.suggestions = suggestions;
    this.byKeys = byKeys;
    this.byInitials = byInitials;
  }

  /**
   * The {@code n} most used suggestions with a key that {@code keys} begins (the typing keys of what
   * was typed); each once, the most used first, ties in text order.
   */
  List<Suggestion> beginningWith(String keys, int n) {
    return byKeys.beginningWith(cut(keys), n, suggestions);
  }

  /**
   * The {@code n} most used Hangul suggestions whose initial consonants are {@code initials}, then of
   * those they begin: initials are mostly typed whole ({@code ㅎㅅ} for 확산 before 해상도).
   */
  List<Suggestion> withInitials(String initials, int n) {
    List<Suggestion> found = new ArrayList<>(byInitials.equalTo(initials, n, suggestions));
    byInitials.beginningWith(initials, n, suggestions).stream()
        .filter(s -> !found.contains(s))
        .limit(n - found.size())
        .forEach(found::add);
    return found;
  }

  private static String cut(String key) {
    return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
  }

  /** Sorted keys, each with the suggestion it reaches. */
  private record Index(String[] keys, int[] suggestion) {

    static Index of(List<String> keys, List<Integer> suggestion) {
      Integer[] order = new Integer[keys.size()];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, Comparator.comparing(keys::get));
      return new Index(
          Arrays.stream(order).map(keys::get).toArray(String[]::new),
          Arrays.stream(order).mapToInt(suggestion::get).toArray());
    }

    List<Suggestion> beginningWith(String prefix, int n, Suggestion[] suggestions) {
      return prefix.isEmpty() ? List.of() : best(firstFrom(prefix), firstFrom(prefix + Character.MAX_VALUE), n, suggestions);
    }

    /** The best {@code n} suggestions with the key {@code key}, which come first among those it begins. */
    List<Suggestion> equalTo(String key, int n, Suggestion[] suggestions) {
      return best(firstFrom(key), firstFrom(key + Character.MIN_VALUE), n, suggestions);
    }

    private List<Suggestion> best(int from, int to, int n, Suggestion[] suggestions) {
      Top top = new Top(n, suggestions);
      for (int i = from; i < to; i++) {
        top.offer(suggestion[i]);
      }
      return top.suggestions();
    }

    /** The first place whose key is {@code key} or after it; several suggestions may have one key. */
    private int firstFrom(String key) {
      int low = 0;
      int high = keys.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (keys[middle].compareTo(key) < 0) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }
  }

  /** The best {@code n} distinct suggestions offered, kept in order: a few, so a list does. */
  private static final class Top {
    private final int n;
    private final Suggestion[] suggestions;
    private final List<Integer> kept = new ArrayList<>();

    Top(int n, Suggestion[] suggestions) {
      this.n = n;
      this.suggestions = suggestions;
    }

    void offer(int s) {
      if (n == 0 || kept.size() == n && !better(s, kept.get(n - 1)) || kept.contains(s)) {
        return;
      }
      int at = kept.size();
      while (at > 0 && better(s, kept.get(at - 1))) {
        at--;
      }
      kept.add(at, s);
      if (kept.size() > n) {
        kept.remove(n);
      }
    }

    private boolean better(int a, int b) {
      return Suggestion.MOST_USED_FIRST.compare(suggestions[a], suggestions[b]) < 0;
    }

    List<Suggestion> suggestions() {
      return kept.stream().map(s -> suggestions[s]).toList();
    }
  }

  /**
   * Gathers suggestions. Two whose texts differ only in case are one, with the larger count and the
   * spelling and kind of the more used; of the earlier {@link Suggestion.Kind} if it is used at least
   * half as much (the model {@code LoRA} in 23 titles, not the title word lora in 25; but the title
   * word time, not the {@code TimE} of one title).
   */
  static final class Builder {

    private final List<Suggestion> suggestions = new ArrayList<>();
    private final List<Set<String>> keys = new ArrayList<>();
    private final Map<String, Integer> byText = new HashMap<>();

    /** Adds {@code suggestion} under the keys of its text. */
    Builder add(Suggestion suggestion) {
      return add(suggestion, List.of(suggestion.text()));
    }

    /** Adds {@code suggestion} under the keys of each of {@code forms} ({@code Yann LeCun}, {@code LeCun}). */
    Builder add(Suggestion suggestion, List<String> forms) {
      String text = suggestion.text().toLowerCase(Locale.ROOT);
      Integer at = byText.get(text);
      if (at == null) {
        byText.put(text, suggestions.size());
        suggestions.add(suggestion);
        keys.add(new LinkedHashSet<>());
        at = suggestions.size() - 1;
      } else {
        suggestions.set(at, merged(suggestions.get(at), suggestion));
      }
      for (String form : forms) {
        keys.get(at).add(cut(Vocabulary.key(cut(form))));
      }
      return this;
    }

    private static Suggestion merged(Suggestion a, Suggestion b) {
      Suggestion earlier = a.kind().compareTo(b.kind()) <= 0 ? a : b;
      Suggestion other = earlier == a ? b : a;
      Suggestion kept = 2 * earlier.count() >= other.count() ? earlier : other;
      return new Suggestion(kept.text(), kept.kind(), Math.max(a.count(), b.count()));
    }

    Catalogue build() {
      List<String> typed = new ArrayList<>();
      List<Integer> typedOf = new ArrayList<>();
      List<String> initials = new ArrayList<>();
      List<Integer> initialsOf = new ArrayList<>();
      for (int s = 0; s < suggestions.size(); s++) {
        for (String key : keys.get(s)) {
          typed.add(key);
          typedOf.add(s);
        }
        String text = suggestions.get(s).text();
        if (isHangulTerm(text)) {
          initials.add(Jamo.choseong(text));
          initialsOf.add(s);
        }
      }
      return new Catalogue(
          suggestions.toArray(Suggestion[]::new), Index.of(typed, typedOf), Index.of(initials, initialsOf));
    }

    /** Hangul syllables, perhaps in several words, two syllables at least: 트랜스포머, 강화 학습. */
    private static boolean isHangulTerm(String text) {
      String letters = text.replace(" ", "");
      return letters.length() > 1 && Hangul.isSyllables(letters);
    }
  }
}
