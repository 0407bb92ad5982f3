package dev.papersearch.search;

import static dev.papersearch.search.FieldQueries.HANGUL;
import static dev.papersearch.search.FieldQueries.boostOf;
import static dev.papersearch.search.FieldQueries.docFreq;
import static dev.papersearch.search.FieldQueries.tokensQuery;

import dev.papersearch.analysis.Predicates;
import dev.papersearch.analysis.SinoKorean;
import dev.papersearch.index.Fields;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The {@link Stage#RESPELLING} and {@link Stage#SPELLING_VARIANTS} stages: a loanword searched as the
 * index spells it when Nori broke the typed spelling into fragments, and the other spellings of a
 * loanword the summaries write, from the one-syllable {@link LoanwordVariants}.
 */
final class LoanwordSpellings {

  private final Analyzer analyzer;

  LoanwordSpellings(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The word as the index spells it, when Nori broke the typed spelling into fragments: {@code
   * 인터렉티브} becomes {@code 인터 렉 티 브}, while {@code 인터랙티브} is one known token. Among the
   * {@link LoanwordVariants} the one analyzed into the fewest tokens, all present in the summaries,
   * wins if it has fewer tokens than the typed word.
   */
  Query respelled(String word, List<AnalyzedQuery.Token> typed, IndexReader vocabulary) {
    if (vocabulary == null || typed.size() < 2) {
      return null;
    }
    List<AnalyzedQuery.Token> best = null;
    for (String variant : LoanwordVariants.of(word)) {
      List<AnalyzedQuery.Token> tokens = AnalyzedQuery.of(analyzer, Fields.SUMMARY, List.of(variant)).tokens();
      if (!tokens.isEmpty()
          && tokens.size() < (best == null ? typed.size() : best.size())
          && withoutGaps(tokens)
          && allIndexed(tokens, vocabulary)) {
        best = tokens;
      }
    }
    return best == null ? null : tokensQuery(Fields.SUMMARY, best);
  }

  /**
   * The summaries' other spellings of a loanword the query spells as one token: {@code 메시} also
   * searches {@code 메쉬} (which Nori splits into 메 + 쉬), {@code 컨텍스트} also {@code 콘텍스트}. The
   * {@link LoanwordVariants} of the word that some summary writes, however Nori cut it there ({@link
   * SummarySpellings}), at the word's weight; words all of Sino-Korean syllables and verb forms are
   * Korean, not loanwords, and have none.
   */
  List<Query> otherSpellings(List<AnalyzedQuery.Token> typed, IndexReader vocabulary) {
    if (vocabulary == null || typed.size() != 1) {
      return List.of();
    }
    String word = typed.get(0).term();
    if (word.length() < 2
        || !HANGUL.matcher(word).matches()
        || SinoKorean.readsAsHanja(word)
        || Predicates.isConjugated(word)) {
      return List.of();
    }
    return variantSpellings(word, vocabulary).stream().map(q -> (Query) new BoostQuery(q, boostOf(Fields.SUMMARY))).toList();
  }

  /** The {@link LoanwordVariants} of {@code word} that some summary writes, however Nori cut them. */
  static List<Query> variantSpellings(String word, IndexReader vocabulary) {
    List<Query> out = new ArrayList<>();
    for (String variant : LoanwordVariants.of(word)) {
      if (!SinoKorean.readsAsHanja(variant)) {
        out.addAll(SummarySpellings.written(variant, vocabulary));
      }
    }
    return out;
  }

  /**
   * Whether analysis kept every piece before the last: a variant that loses one is not the word
   * ({@code 쉬그립}, a variant of 시그립, is {@code 그립} alone once 쉬 is dropped as a verb).
   */
  private static boolean withoutGaps(List<AnalyzedQuery.Token> tokens) {
    int expected = 0;
    for (AnalyzedQuery.Token t : tokens) {
      if (t.position() > expected) {
        return false;
      }
      expected = t.position() + 1;
    }
    return true;
  }

  private static boolean allIndexed(List<AnalyzedQuery.Token> tokens, IndexReader vocabulary) {
    return tokens.stream().allMatch(t -> docFreq(vocabulary, Fields.SUMMARY, t.term()) > 0);
  }
}
