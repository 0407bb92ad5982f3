package dev.papersearch.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a paper listed again (a re-run of the upstream job lists 2410.09342 on two days) from two
 * papers under one id, which must not be merged into one silently: the id keeps one paper, as for
 * every repeat (the first day's copy), and the repeat is reported.
 *
 * <p>Titles are compared by their words (runs of letters and digits, in lower case): two copies of
 * one paper share at least half of them, whatever became of their LaTeX and punctuation (the re-run
 * copy of 2410.09342 turned {@code LLM$\times$MapReduce} into {@code LLMtimesMapReduce}); two papers
 * whose ids were cut to the same one share few.
 */
public final class SameId {

  private SameId() {}

  /** At least this share of the two titles' words (Jaccard) makes one paper. */
  private static final double SAME_TITLE = 0.5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The problem with {@code other} when it is listed under {@code kept}'s id with another title. */
  public static Optional<ParseResult.Problem> conflict(Paper kept, Paper other) {
    Set<String> a = words(kept.title());
    Set<String> b = words(other.title());
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    int union = a.size() + b.size() - shared.size();
    if (union == 0 || shared.size() >= SAME_TITLE * union) {
      return Optional.empty();
    }
    return Optional.of(
        new ParseResult.Problem(
            other.source(),
            "arXiv id " + other.id() + " is also listed at " + kept.source() + " as '" + kept.title()
                + "', but here as '" + other.title() + "': two papers under one id? the id keeps one paper,"
                + " the first day's copy",
            ParseResult.Problem.Cost.NONE,
            Optional.empty()));
  }

  private static Set<String> words(String title) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(title.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
