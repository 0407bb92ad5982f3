package dev.papersearch.search;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.config.RelevanceProfile;
import dev.papersearch.analysis.Synonyms;
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
 * An abbreviation the papers define searches its long form too, as an alternative to the word typed
 * ({@link #longFormOf}), and the long form the abbreviation, as an expansion ({@code 3DGS} finds "3D
 * Gaussian Splatting" in titles, {@code mixture of experts} a summary's MoE). A Korean term's {@link
 * Synonyms} are searched the same way ({@code 사람} → 인간 → human).
 */
final class GlossaryExpander {

  /** Weight of an expansion against the words the user typed. */
  static final float BOOST = RelevanceProfile.SHIPPED.expansion();

  /**
   * Weight of the Korean the summaries write for an English term (its glossed wording, its Hangul
   * spelling) against the words the user typed.
   */
  static final float KOREAN_WORDING = RelevanceProfile.SHIPPED.koreanWording();

  /** Weight of a lexicon translation of confidence 1 of an English word, against the words the user typed. */
  static final float TO_KOREAN = RelevanceProfile.SHIPPED.translation();

  /** The same of a Korean word. */
  static final float TO_ENGLISH = RelevanceProfile.SHIPPED.translationToEnglish();

  /** One side of a pair: its analyzed tokens, and what it searches for the other side, at a weight. */
  private record Side(List<String> tokens, Query query, float weight) {}

  /** Glossary entries keyed by their first analyzed token, per side. */
  private final Map<String, List<Side>> byKorean = new HashMap<>();
  private final Map<String, List<Side>> byEnglish = new HashMap<>();

  /** The lexicon's translations keyed by their first analyzed token, per side. */
  private final Map<String, List<Side>> translationsByKorean = new HashMap<>();
  private final Map<String, List<Side>> translationsByEnglish = new HashMap<>();

  /** The long forms of each abbreviation, keyed by its analyzed title tokens. */
  private final Map<List<String>, Set<Query>> longForms = new HashMap<>();

  GlossaryExpander(Analyzer analyzer, Glossary glossary, Synonyms synonyms) {
    Analyzed analyzed = new Analyzed(analyzer);
    for (Glossary.Entry e : glossary.entries()) {
      List<String> koTokens = analyzed.terms(Fields.SUMMARY, e.korean());
      List<String> enTitle = analyzed.terms(Fields.TITLE, e.english());
      Query english = inTitleOrSummary(analyzed, enTitle, e.english());
      if (koTokens.isEmpty() || english == null) {
        continue;
      }
      byKorean.computeIfAbsent(koTokens.get(0), k -> new ArrayList<>()).add(new Side(koTokens, english, BOOST));
      byEnglish
          .computeIfAbsent(enTitle.get(0), k -> new ArrayList<>())
          .add(new Side(enTitle, phrase(Fields.SUMMARY, koTokens), KOREAN_WORDING));
    }
    addSynonyms(analyzed, synonyms);
    addTranslations(analyzed, glossary.translations());
    for (Glossary.Abbreviation a : glossary.abbreviations()) {
      List<String> shortTitle = analyzed.terms(Fields.TITLE, a.shortForm());
      List<String> longTitle = analyzed.terms(Fields.TITLE, a.longForm());
      Query shortForm = inTitleOrSummary(analyzed, shortTitle, a.shortForm());
      Query longForm = inTitleOrSummary(analyzed, longTitle, a.longForm());
      if (shortForm != null && longForm != null) {
        longForms.computeIfAbsent(shortTitle, k -> new LinkedHashSet<>()).add(longForm);
        byEnglish.computeIfAbsent(longTitle.get(0), k -> new ArrayList<>()).add(new Side(longTitle, shortForm, BOOST));
      }
    }
  }

  /**
   * Each member of a synonym group searches the other members in the summaries, and their glosses:
   * {@code 사람} finds a summary's 인간 and, through 인간's gloss, a title's "Humans". Added after the
   * glossary so a group reaches the English of all its members, and keyed like a Korean term so a
   * word's synonyms and translations compete in one disjunction.
   */
  private void addSynonyms(Analyzed analyzed, Synonyms synonyms) {
    Map<List<String>, List<Query>> glossesOf = new HashMap<>();
    byKorean.values().stream()
        .flatMap(List::stream)
        .forEach(side -> glossesOf.computeIfAbsent(side.tokens(), k -> new ArrayList<>()).add(side.query()));
    for (List<String> group : synonyms.groups()) {
      List<List<String>> members =
          group.stream().map(w -> analyzed.terms(Fields.SUMMARY, w)).filter(t -> !t.isEmpty()).distinct().toList();
      for (List<String> member : members) {
        List<Query> others = new ArrayList<>();
        for (List<String> other : members) {
          if (!other.equals(member)) {
            others.add(phrase(Fields.SUMMARY, other));
            others.addAll(glossesOf.getOrDefault(other, List.of()));
          }
        }
        byKorean
            .computeIfAbsent(member.get(0), k -> new ArrayList<>())
            .add(new Side(member, StagedQuery.of(Stage.SYNONYMS, new DisjunctionMaxQuery(others, RelevanceProfile.ALTERNATIVES)), BOOST));
      }
    }
  }

  /**
   * The lexicon's pairs, each weighted by the square root of its confidence (forget and 망각, each
   * also written without the other, have a cosine of 0.46; the root keeps the order of the pairs
   * without halving a sound one), except those a gloss already pairs: an English
   * title word searches the summaries' Korean word for it, and the Korean word the titles' English.
   */
  private void addTranslations(Analyzed analyzed, List<Glossary.Translation> translations) {
    for (Glossary.Translation t : translations) {
      List<String> koTokens = analyzed.terms(Fields.SUMMARY, t.korean());
      List<String> enTitle = analyzed.terms(Fields.TITLE, t.english());
      Query english = inTitleOrSummary(analyzed, enTitle, t.english());
      if (koTokens.isEmpty() || english == null) {
        continue;
      }
      Query korean = phrase(Fields.SUMMARY, koTokens);
      boolean glossed =
          byEnglish.getOrDefault(enTitle.get(0), List.of()).stream()
              .anyMatch(side -> side.tokens().equals(enTitle) && side.query().equals(korean));
      if (!glossed) {
        float confidence = (float) Math.sqrt(t.confidence());
        translationsByKorean
            .computeIfAbsent(koTokens.get(0), k -> new ArrayList<>())
            .add(new Side(koTokens, english, TO_ENGLISH * confidence));
        translationsByEnglish
            .computeIfAbsent(enTitle.get(0), k -> new ArrayList<>())
            .add(new Side(enTitle, korean, TO_KOREAN * confidence));
      }
    }
  }

  /**
   * What the word stands for when the papers define it as an abbreviation, or {@code null}: an
   * alternative to the word as typed, not an addition, so a paper that writes both counts once.
   */
  Query longFormOf(List<AnalyzedQuery.Token> titleTokens) {
    Set<Query> found = longForms.get(titleTokens.stream().map(AnalyzedQuery.Token::term).toList());
    return found == null ? null : new BoostQuery(new DisjunctionMaxQuery(found, RelevanceProfile.ALTERNATIVES), BOOST);
  }

  /** English text as a phrase in the title or in the summary, or {@code null} when analysis drops it. */
  private static Query inTitleOrSummary(Analyzed analyzed, List<String> titleTokens, String text) {
    List<String> summaryTokens = analyzed.terms(Fields.SUMMARY, text);
    if (titleTokens.isEmpty() || summaryTokens.isEmpty()) {
      return null;
    }
    return new DisjunctionMaxQuery(
        List.of(
            new BoostQuery(phrase(Fields.TITLE, titleTokens), FieldQueries.boostOf(Fields.TITLE)),
            phrase(Fields.SUMMARY, summaryTokens)),
        RelevanceProfile.ALTERNATIVES);
  }

  /** An expansion query and the query words where the term it translates starts and ends. */
  record Expansion(int word, int lastWord, Query query) {}

  /** Where a glossary term stands in the query: its side, first token, length, and first and last token's words. */
  private record Span(String side, int token, int length, int word, int lastWord) {}

  /**
   * Expansion queries for the glossary terms found in the query's summary and title tokens. The
   * translations of one query term are alternatives, so they compete in one disjunction instead of
   * adding up: {@code 언어 모델} glosses a dozen English terms and must not outweigh the query.
   */
  List<Expansion> expansions(AnalyzedQuery summaryTokens, AnalyzedQuery titleTokens) {
    return found(byKorean, byEnglish, summaryTokens, titleTokens);
  }

  /**
   * Expansion queries for the lexicon's words found in the query's summary and title tokens: an English
   * word's Korean renderings, a Korean word's English ones, alternatives as the glossary's are.
   */
  List<Expansion> translations(AnalyzedQuery summaryTokens, AnalyzedQuery titleTokens) {
    return found(translationsByKorean, translationsByEnglish, summaryTokens, titleTokens);
  }

  private static List<Expansion> found(
      Map<String, List<Side>> korean, Map<String, List<Side>> english,
      AnalyzedQuery summaryTokens, AnalyzedQuery titleTokens) {
    Map<Span, Set<Query>> bySpan = new LinkedHashMap<>();
    collect("ko", korean, summaryTokens, bySpan);
    collect("en", english, titleTokens, bySpan);
    List<Expansion> out = new ArrayList<>(bySpan.size());
    bySpan.forEach(
        (span, alternatives) ->
            out.add(new Expansion(span.word(), span.lastWord(), new DisjunctionMaxQuery(alternatives, RelevanceProfile.ALTERNATIVES))));
    return out;
  }

  private static void collect(
      String side, Map<String, List<Side>> index, AnalyzedQuery query, Map<Span, Set<Query>> bySpan) {
    List<String> terms = query.tokens().stream().map(AnalyzedQuery.Token::term).toList();
    for (int i = 0; i < terms.size(); i++) {
      for (Side entry : index.getOrDefault(terms.get(i), List.of())) {
        int n = entry.tokens().size();
        if (i + n <= terms.size() && terms.subList(i, i + n).equals(entry.tokens())) {
          Span span = new Span(side, i, n, query.tokens().get(i).word(), query.tokens().get(i + n - 1).word());
          bySpan.computeIfAbsent(span, k -> new LinkedHashSet<>()).add(new BoostQuery(entry.query(), entry.weight()));
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

  /**
   * A field's tokens of each text of the glossary, each text analyzed once: the entries, translations
   * and abbreviations repeat their words (9,337 analyses of 6,029 texts on the corpus), and the
   * analysis, Nori's for the Korean, is most of what making the expander costs, which the first
   * search after a start or a new glossary waits for.
   */
  private static final class Analyzed {
    private record Key(String field, String text) {}

    private final Analyzer analyzer;
    private final Map<Key, List<String>> tokens = new HashMap<>();

    Analyzed(Analyzer analyzer) {
      this.analyzer = analyzer;
    }

    List<String> terms(String field, String text) {
      return tokens.computeIfAbsent(
          new Key(field, text),
          key ->
              AnalyzedQuery.of(analyzer, key.field(), List.of(key.text())).tokens().stream()
                  .map(AnalyzedQuery.Token::term)
                  .toList());
    }
  }
}
