package dev.papersearch.search;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.index.Fields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The Korean words the summaries write for each English title word, as the index reads both (a
 * title token to summary tokens): the glossary's glosses and the lexicon mined from the papers. Tells
 * which of a title's words its summary says again in Korean, and so are what the paper is about
 * ({@link RelatedPapers}).
 */
public final class Renderings {

  public static final Renderings NONE = new Renderings(Map.of());

  private final Map<String, Set<String>> byTitleToken;
  private final Set<String> summaryTokens = new HashSet<>();

  private Renderings(Map<String, Set<String>> byTitleToken) {
    this.byTitleToken = byTitleToken;
    byTitleToken.values().forEach(summaryTokens::addAll);
  }

  /** The renderings of {@code glossary}'s one-word English sides, analyzed by {@code analyzer}'s title and summary fields. */
  public static Renderings of(Glossary glossary, Analyzer analyzer) {
    Map<String, Set<String>> out = new HashMap<>();
    glossary.entries().forEach(e -> add(analyzer, e.english(), e.korean(), out));
    glossary.translations().forEach(t -> add(analyzer, t.english(), t.korean(), out));
    return new Renderings(out);
  }

  private static void add(Analyzer analyzer, String english, String korean, Map<String, Set<String>> out) {
    List<AnalyzedQuery.Token> title = AnalyzedQuery.of(analyzer, Fields.TITLE, List.of(english)).tokens();
    if (title.size() == 1) {
      AnalyzedQuery.of(analyzer, Fields.SUMMARY, List.of(korean)).tokens()
          .forEach(t -> out.computeIfAbsent(title.get(0).term(), k -> new HashSet<>()).add(t.term()));
    }
  }

  /** Whether {@code summaryToken} renders some title word: a term of the field, not just a word. */
  public boolean rendersATitleWord(String summaryToken) {
    return summaryTokens.contains(summaryToken);
  }

  /** The summary tokens that render {@code titleToken}; none when nothing pairs it. */
  public Set<String> of(String titleToken) {
    return byTitleToken.getOrDefault(titleToken, Set.of());
  }
}
