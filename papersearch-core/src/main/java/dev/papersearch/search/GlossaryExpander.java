package dev.papersearch.search;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.index.Fields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Bridges Korean and English with the {@link Glossary}: a Korean term in the query also searches its
 * English gloss (in titles and in the English words of summaries), and an English term also searches
 * its Korean wording in summaries. Terms are compared as analyzed tokens, so particles, spacing and
 * English inflection do not get in the way ({@code 잔차 연결을} finds {@code residual connections}).
 */
final class GlossaryExpander {

  /** Weight of an expansion against the words the user typed. */
  static final float BOOST = 0.3f;

  private record Side(List<String> tokens, Query query) {}

  /** Glossary entries keyed by their first analyzed token, per side. */
  private final Map<String, List<Side>> byKorean = new HashMap<>();
  private final Map<String, List<Side>> byEnglish = new HashMap<>();

  GlossaryExpander(Analyzer analyzer, Glossary glossary) {
    for (Glossary.Entry e : glossary.entries()) {
      List<String> koTokens = terms(analyzer, Fields.SUMMARY, e.korean());
      List<String> enTitle = terms(analyzer, Fields.TITLE, e.english());
      List<String> enSummary = terms(analyzer, Fields.SUMMARY, e.english());
      if (koTokens.isEmpty() || enTitle.isEmpty() || enSummary.isEmpty()) {
        continue;
      }
      Query english =
          new DisjunctionMaxQuery(
              List.of(
                  new BoostQuery(phrase(Fields.TITLE, enTitle), PaperQueryBuilder.boostOf(Fields.TITLE)),
                  phrase(Fields.SUMMARY, enSummary)),
              0f);
      byKorean.computeIfAbsent(koTokens.get(0), k -> new ArrayList<>()).add(new Side(koTokens, english));
      byEnglish
          .computeIfAbsent(enTitle.get(0), k -> new ArrayList<>())
          .add(new Side(enTitle, phrase(Fields.SUMMARY, koTokens)));
    }
  }

  /**
   * Expansion queries for the glossary terms found in the query's summary and title tokens. The
   * translations of one query term are alternatives, so they compete in one disjunction instead of
   * adding up: {@code 언어 모델} glosses a dozen English terms and must not outweigh the query.
   */
  List<Query> expansions(AnalyzedQuery summaryTokens, AnalyzedQuery titleTokens) {
    Map<String, Set<Query>> bySpan = new LinkedHashMap<>();
    collect("ko", byKorean, summaryTokens, bySpan);
    collect("en", byEnglish, titleTokens, bySpan);
    List<Query> out = new ArrayList<>(bySpan.size());
    bySpan.values().forEach(alternatives -> out.add(new BoostQuery(new DisjunctionMaxQuery(alternatives, 0f), BOOST)));
    return out;
  }

  private static void collect(
      String side, Map<String, List<Side>> index, AnalyzedQuery query, Map<String, Set<Query>> bySpan) {
    List<String> terms = query.tokens().stream().map(AnalyzedQuery.Token::term).toList();
    for (int i = 0; i < terms.size(); i++) {
      for (Side entry : index.getOrDefault(terms.get(i), List.of())) {
        int n = entry.tokens().size();
        if (i + n <= terms.size() && terms.subList(i, i + n).equals(entry.tokens())) {
          bySpan.computeIfAbsent(side + i + ":" + n, k -> new LinkedHashSet<>()).add(entry.query());
        }
      }
    }
  }

  private static Query phrase(String field, List<String> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0)));
    }
    return new PhraseQuery(1, field, tokens.toArray(String[]::new));
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    return AnalyzedQuery.of(analyzer, field, List.of(text)).tokens().stream()
        .map(AnalyzedQuery.Token::term)
        .toList();
  }
}
