package dev.papersearch.search;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.index.Fields;
import dev.papersearch.typing.Vocabulary;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;

/**
 * Whether the index has a word as typed: in some field a word is searched in, its tokens (after that
 * field's analysis: particles, stems, names) are all in papers, or the query builder reaches papers
 * with it spelled otherwise ({@link PaperQueryBuilder#spelledOtherwise}). Words it has are never read
 * as something else ({@link dev.papersearch.typing.TypedWords}).
 */
final class IndexedWords implements Predicate<String> {

  private final Analyzer analyzer;
  private final PaperQueryBuilder builder;
  private final Vocabulary words;
  private final IndexReader vocabulary;

  IndexedWords(Analyzer analyzer, PaperQueryBuilder builder, Vocabulary words, IndexReader vocabulary) {
    this.analyzer = analyzer;
    this.builder = builder;
    this.words = words;
    this.vocabulary = vocabulary;
  }

  @Override
  public boolean test(String word) {
    if (words.word(word).isPresent()) {
      return true; // most words are, and a lookup costs less than analysis
    }
    if (Hangul.isSyllables(word) && word.length() > 1) {
      return writtenInSummaries(word) || builder.spelledOtherwise(word, vocabulary);
    }
    for (FieldQueries.FieldWeight fw : FieldQueries.FIELDS) {
      List<AnalyzedQuery.Token> tokens = AnalyzedQuery.of(analyzer, fw.field(), List.of(word)).tokens();
      if (!tokens.isEmpty() && tokens.stream().allMatch(t -> FieldQueries.docFreq(vocabulary, fw.field(), t.term()) > 0)) {
        return true;
      }
    }
    // A word its own language's analyzer leaves out (of, the; 여) is a word of the language.
    String field = FieldQueries.HANGUL.matcher(word).find() ? Fields.SUMMARY : Fields.TITLE;
    return AnalyzedQuery.of(analyzer, field, List.of(word)).tokens().isEmpty() || builder.spelledOtherwise(word, vocabulary);
  }

  /**
   * Whether each pair of neighbouring syllables of a Hangul word is in some summary's text. Nori cuts a
   * word it does not know into pieces it does (모댈 into 모 + 댈, 신겅망 into 신 + 겅망), and the pieces
   * are in papers; the pairs across them (모댈, 신겅) are not. A word with a particle, an abbreviation
   * or a name the summaries write (트랜스포머의, 한영, 소라) has all its pairs in text.
   */
  private boolean writtenInSummaries(String word) {
    for (int i = 0; i + 1 < word.length(); i++) {
      if (FieldQueries.docFreq(vocabulary, Fields.SUMMARY_BIGRAMS, word.substring(i, i + 2)) == 0) {
        return false;
      }
    }
    return true;
  }
}
