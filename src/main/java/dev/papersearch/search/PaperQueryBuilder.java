package dev.papersearch.search;

import dev.papersearch.index.Fields;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the Lucene query for a {@link UserQuery}.
 *
 * <p>Each word is analyzed once per field, with that field's analyzer, and the fields compete in a
 * {@link DisjunctionMaxQuery}: a word scores by the field it matches best, so an English word can
 * match a title while the Korean word beside it matches the summary. Words are optional ({@code
 * SHOULD}), so papers matching more of them rank higher and one unknown word never empties the
 * result. The tokens of one word are optional too, so a compound and its spaced form ({@code
 * 확산모델}, {@code 확산 모델}) match the same papers; the plain words as a sloppy phrase then add a
 * bonus for papers that use them together, which is what ranks the compound's meaning first. Quoted
 * phrases are required and excluded words are prohibited.
 */
public final class PaperQueryBuilder {

  /** A searched field and its weight. */
  record FieldWeight(String field, float boost) {}

  /** A title or author match says more about a known item than a summary word. */
  static final List<FieldWeight> FIELDS =
      List.of(
          new FieldWeight(Fields.TITLE, 2.0f),
          new FieldWeight(Fields.SUMMARY, 1.0f),
          new FieldWeight(Fields.AUTHORS, 1.5f));

  private static final float TIE_BREAKER = 0.1f;
  private static final int PROXIMITY_SLOP = 3;
  private static final float PROXIMITY_BOOST = 0.5f;

  private final QueryBuilder analyzing;

  public PaperQueryBuilder(Analyzer analyzer) {
    this.analyzing = new QueryBuilder(analyzer);
  }

  /** The query matching {@code query} within {@code dates}. */
  public Query build(UserQuery query, DateRange dates) {
    BooleanQuery.Builder root = new BooleanQuery.Builder();
    boolean positive = false;
    for (String word : query.words()) {
      Query q = acrossFields(word, false);
      if (q != null) {
        root.add(q, Occur.SHOULD);
        positive = true;
      }
    }
    for (String phrase : query.phrases()) {
      Query q = acrossFields(phrase, true);
      if (q != null) {
        root.add(q, Occur.MUST);
        positive = true;
      }
    }
    String all = String.join(" ", query.words());
    for (FieldWeight fw : FIELDS) {
      Query near = analyzing.createPhraseQuery(fw.field(), all, PROXIMITY_SLOP);
      if (near instanceof PhraseQuery || near instanceof MultiPhraseQuery) {
        root.add(new BoostQuery(near, PROXIMITY_BOOST * fw.boost()), Occur.SHOULD);
      }
    }
    if (!positive) {
      if (!query.isEmpty()) {
        return new MatchNoDocsQuery("every word of the query was dropped by analysis");
      }
      root.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    for (String word : query.excluded()) {
      Query q = acrossFields(word, true);
      if (q != null) {
        root.add(q, Occur.MUST_NOT);
      }
    }
    if (!dates.isAll()) {
      long from = dates.from() == null ? Long.MIN_VALUE : dates.from().toEpochDay();
      long to = dates.to() == null ? Long.MAX_VALUE : dates.to().toEpochDay();
      root.add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
    }
    return root.build();
  }

  private Query acrossFields(String text, boolean phrase) {
    List<Query> perField = new ArrayList<>();
    for (FieldWeight fw : FIELDS) {
      Query q =
          phrase
              ? analyzing.createPhraseQuery(fw.field(), text)
              : analyzing.createBooleanQuery(fw.field(), text, Occur.SHOULD);
      if (q != null) {
        perField.add(new BoostQuery(q, fw.boost()));
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }
}
