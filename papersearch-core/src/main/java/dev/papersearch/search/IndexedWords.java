package dev.papersearch.search;

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
    for (FieldQueries.FieldWeight fw : FieldQueries.FIELDS) {
      List<AnalyzedQuery.Token> tokens = AnalyzedQuery.of(analyzer, fw.field(), List.of(word)).tokens();
      if (!tokens.isEmpty() && tokens.stream().allMatch(t -> FieldQueries.docFreq(vocabulary, fw.field(), t.term()) > 0)) {
        return true;
      }
    }
    return false;
  }
}
