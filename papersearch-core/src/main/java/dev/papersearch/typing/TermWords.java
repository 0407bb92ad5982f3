package dev.papersearch.typing;

import dev.papersearch.analysis.Glossary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of the terms the summaries gloss ({@code 강화 학습(reinforcement learning)}), in either
 * language, and which word follows which in them. People search for terms, not for the words every
 * summary uses ({@code 가능}, {@code 통해}, {@code 활용}); with no log of what they searched, the terms
 * the papers themselves mark as terms are the best guess of what an unfinished word is becoming.
 */
public final class TermWords {

  /** No terms: every word is as likely as its count says. */
  public static final TermWords NONE = new TermWords(Map.of(), Map.of(), Map.of());

  /** A word following another in a term, and how often the summaries gloss terms with the pair. */
  private record Next(String word, int count) {}

  /** The words after a pair of words in a term (empty where it ends there), and how often it is glossed. */
  private record Rest(String words, int count) {}

  /** Glossings of a term with each word, lower case. */
  private final Map<String, Integer> glossings;
  /** The words that follow each word in a term, lower case. */
  private final Map<String, List<Next>> following;
  /** Per pair of words ({@code "대형 언어"}), what follows it in the most glossed term that has it. */
  private final Map<String, Rest> rests;

  private TermWords(Map<String, Integer> glossings, Map<String, List<Next>> following, Map<String, Rest> rests) {
    this.glossings = glossings;
    this.following = following;
    this.rests = rests;
  }

  /** The term words of {@code glossary}'s pairs, both sides. */
  public static TermWords of(Glossary glossary) {
    Map<String, Integer> glossings = new HashMap<>();
    Map<String, Map<String, Integer>> pairs = new HashMap<>();
    glossary.entries().forEach(
        e -> {
          for (String term : new String[] {e.korean(), e.english()}) {
            String[] words = term.toLowerCase(Locale.ROOT).split(" ");
            for (int i = 0; i < words.length; i++) {
              glossings.merge(words[i], e.count(), Integer::sum);
              if (i > 0) {
                pairs.computeIfAbsent(words[i - 1], w -> new HashMap<>()).merge(words[i], e.count(), Integer::sum);
              }
            }
          }
        });
    Map<String, List<Next>> following = new HashMap<>();
    pairs.forEach(
        (word, next) ->
            following.put(word, next.entrySet().stream().map(n -> new Next(n.getKey(), n.getValue())).toList()));
    return new TermWords(Map.copyOf(glossings), Map.copyOf(following), rests(glossary));
  }

  /** What follows each pair of words in the most glossed term that has it; ties to the shorter, then in text order. */
  private static Map<String, Rest> rests(Glossary glossary) {
    Map<String, Integer> terms = new HashMap<>();
    glossary.entries().forEach(
        e -> {
          terms.merge(e.korean().toLowerCase(Locale.ROOT), e.count(), Integer::sum);
          terms.merge(e.english().toLowerCase(Locale.ROOT), e.count(), Integer::sum);
        });
    Comparator<Rest> likelier =
        Comparator.comparingInt(Rest::count).thenComparing(Rest::words, Comparator.comparingInt(String::length).reversed()).thenComparing(Rest::words, Comparator.reverseOrder());
    Map<String, Rest> rests = new HashMap<>();
    terms.forEach(
        (term, count) -> {
          String[] words = term.split(" ");
          for (int i = 1; i < words.length; i++) {
            Rest rest = new Rest(String.join(" ", Arrays.asList(words).subList(i + 1, words.length)), count);
            rests.merge(words[i - 1] + " " + words[i], rest, (a, b) -> likelier.compare(a, b) >= 0 ? a : b);
          }
        });
    return Map.copyOf(rests);
  }

  /** Whether {@code word} is a word of a glossed term. */
  public boolean isTermWord(String word) {
    return glossings.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The words after {@code previous} and {@code word} in the most glossed term that has the two
   * together ({@code 대형 언어}: 모델, of 대형 언어 모델; {@code reinforcement learning}: none, since
   * the term most glossed with them ends there); empty where it ends with them.
   */
  public Optional<String> rest(String previous, String word) {
    Rest rest = rests.get(previous.toLowerCase(Locale.ROOT) + " " + word.toLowerCase(Locale.ROOT));
    return rest == null || rest.words().isEmpty() ? Optional.empty() : Optional.of(rest.words());
  }

  /**
   * The word most often glossed after {@code previous} in a term that {@code typed} begins at the level
   * of keys ({@code 비전 ㅌ}: 트랜스포머; {@code reinforcement l}: learning).
   */
  public Optional<String> following(String previous, String typed) {
    String prefix = Vocabulary.key(typed);
    return following.getOrDefault(previous.toLowerCase(Locale.ROOT), List.of()).stream()
        .filter(next -> Vocabulary.key(next.word()).startsWith(prefix) && !Vocabulary.key(next.word()).equals(prefix))
        .max((a, b) -> a.count() != b.count() ? Integer.compare(a.count(), b.count()) : b.word().compareTo(a.word()))
        .map(Next::word);
  }
}
