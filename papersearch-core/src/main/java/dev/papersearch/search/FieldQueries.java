package dev.papersearch.search;

import dev.papersearch.config.RelevanceProfile;
import dev.papersearch.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The fields a query word is searched in and their weights, and the query of a word's tokens in one
 * of them: what every stage of {@link PaperQueryBuilder} builds its clauses from.
 */
final class FieldQueries {

  private static final RelevanceProfile PROFILE = RelevanceProfile.SHIPPED;

  /** A searched field and its weight. */
  record FieldWeight(String field, float boost) {}

  /** The fields a word is searched in, with their weights (config/relevance.properties). */
  static final List<FieldWeight> FIELDS =
      List.of(
          new FieldWeight(Fields.TITLE, PROFILE.title()),
          new FieldWeight(Fields.SUMMARY, PROFILE.summary()),
          new FieldWeight(Fields.AUTHORS, PROFILE.authors()),
          new FieldWeight(Fields.NAMES, PROFILE.names()));

  /**
   * How much a word's other matching fields add to its best one: a word in both the title and the
   * summary says more than one in either (swept 0–0.5 on the dev and held-out sets: 0.2–0.3 best).
   */
  static final float TIE_BREAKER = PROFILE.tieBreaker();

  static final Pattern HANGUL = Pattern.compile("[가-힣]+");

  static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

  private FieldQueries() {}

  /** The weight of {@code field}. */
  static float boostOf(String field) {
    return FIELDS.stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().boost();
  }

  /** Any of the tokens; tokens stacked on one position (a compound and its parts) count once. */
  static Query tokensQuery(String field, List<AnalyzedQuery.Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0).term()));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int i = 0;
    while (i < tokens.size()) {
      int position = tokens.get(i).position();
      SynonymQuery.Builder same = new SynonymQuery.Builder(field);
      int count = 0;
      for (; i < tokens.size() && tokens.get(i).position() == position; i++, count++) {
        same.addTerm(new Term(field, tokens.get(i).term()));
      }
      any.add(count == 1 ? new TermQuery(new Term(field, tokens.get(i - 1).term())) : same.build(), Occur.SHOULD);
    }
    return any.build();
  }

  /** Papers with {@code term} in {@code field}. */
  static int docFreq(IndexReader vocabulary, String field, String term) {
    try {
      return vocabulary.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tokens with Hangul in them. */
  static List<AnalyzedQuery.Token> hangulOnly(List<AnalyzedQuery.Token> tokens) {
    return tokens.stream().filter(t -> HANGUL.matcher(t.term()).find()).toList();
  }
}
