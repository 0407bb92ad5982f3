package dev.papersearch.typing;

import dev.papersearch.typing.Suggestion.Kind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The suggestions a {@link Suggester} gathers for one text, each once whatever its case, ranked first
 * by how it was found ({@link Rank}), then by count, then by text.
 */
final class BestSuggestions {

  /**
   * How a suggestion was found, which ranks it before its count: a term, name or author of several
   * words that the last typed words begin (강화 학 → 강화 학습) says more than a completion of the last
   * word alone, whose count is that word's; words a slip away come after both, and titles, each of one
   * paper, last.
   */
  enum Rank {
    PHRASE,
    WORD,
    SLIP,
    TITLE
  }

  private record Ranked(Rank rank, Suggestion suggestion) {
    static final Comparator<Ranked> BEST_FIRST =
        Comparator.comparing(Ranked::rank).thenComparing(Ranked::suggestion, Suggestion.MOST_USED_FIRST);
  }

  private final Map<String, Ranked> byText = new HashMap<>();

  /**
   * Adds {@code completion} of the words after {@code before}, found as {@code rank} says; a title only
   * of the whole text typed, as a title after other words is no query.
   */
  void add(Suggestion completion, String before, Rank rank) {
    if (completion.kind() == Kind.TITLE && !before.isEmpty()) {
      return;
    }
    Suggestion suggestion = completion.after(before);
    Ranked ranked = new Ranked(completion.kind() == Kind.TITLE ? Rank.TITLE : rank, suggestion);
    byText.merge(
        suggestion.text().toLowerCase(Locale.ROOT), ranked, (a, b) -> Ranked.BEST_FIRST.compare(a, b) <= 0 ? a : b);
  }

  boolean isEmpty() {
    return byText.isEmpty();
  }

  /** The best {@code n}. */
  List<Suggestion> first(int n) {
    return byText.values().stream().sorted(Ranked.BEST_FIRST).limit(n).map(Ranked::suggestion).toList();
  }
}
