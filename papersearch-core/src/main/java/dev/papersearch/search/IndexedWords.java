package dev.papersearch.search;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.index.Fields;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;

/**
 * Whether the index has a word as typed: in some field a word is searched in, its tokens (after that
 * field's analysis: particles, stems, names) are all in papers. Words it has are never read as
 * something else ({@link dev.papersearch.typing.TypedWords}).
 */
final class IndexedWords implements Predicate<String> {

  private final Analyzer analyzer;
  private final IndexReader vocabulary;

  IndexedWords(Analyzer analyzer, IndexReader vocabulary) {
    this.analyzer = analyzer;
    this.vocabulary = vocabulary;
  }

  @Override
  public boolean test(String word) {
    if (!hangulPairsAreInPapers(word)) {
      return false;
    }
    for (FieldQueries.FieldWeight fw : FieldQueries.FIELDS) {
      List<AnalyzedQuery.Token> tokens = AnalyzedQuery.of(analyzer, fw.field(), List.of(word)).tokens();
      if (!tokens.isEmpty() && tokens.stream().allMatch(t -> FieldQueries.docFreq(vocabulary, fw.field(), t.term()) > 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether each pair of neighbouring Hangul syllables of {@code word} is in some summary. Nori cuts a
   * word it does not know into pieces it does (모댈 into 모 + 댈, 신겅망 into 신 + 겅망), and the pieces
   * are in papers; the pairs across them (모댈, 신겅) are not, where a word with a particle or a new
   * compound of known words (트랜스포머의, 확산모델링) has all its pairs in text.
   */
  private boolean hangulPairsAreInPapers(String word) {
    for (int i = 0; i + 1 < word.length(); i++) {
      if (Hangul.isSyllable(word.charAt(i))
          && Hangul.isSyllable(word.charAt(i + 1))
          && FieldQueries.docFreq(vocabulary, Fields.SUMMARY_BIGRAMS, word.substring(i, i + 2)) == 0) {
        return false;
      }
    }
    return true;
  }
}
