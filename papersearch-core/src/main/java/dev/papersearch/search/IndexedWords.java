package dev.papersearch.search;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.index.Fields;
import dev.papersearch.typing.Vocabulary;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;

/**
 * Whether the index has a word as typed: it is a word of the {@link Vocabulary}; or, for a Hangul word,
 * its syllable pairs are written in summaries; or, in some field a word is searched in, its tokens
 * (after that field's analysis: stems, names) are all in papers. Words it has are never read as
 * something else ({@link dev.papersearch.typing.TypedWords}). The query builder's own respellings are
 * no test: its sound-alike readings find something for most slips (상테, 대이터셋).
 */
final class IndexedWords implements Predicate<String> {

  /**
   * Papers a syllable pair must be in for a word to count as written: a slip's pair turns up in a
   * paper or two where words run together (상테 in 상테스트), a word's in more.
   */
  static final int MIN_PAIR_PAPERS = 3;

  private final Analyzer analyzer;
  private final Vocabulary words;
  /** The index's counts: an embedded reader's, or a whole SolrCloud collection's. */
  private final DocFreq papers;

  IndexedWords(Analyzer analyzer, Vocabulary words, DocFreq papers) {
    this.analyzer = analyzer;
    this.words = words;
    this.papers = papers;
  }

  @Override
  public boolean test(String word) {
    if (words.word(word).isPresent()) {
      return true; // most words are, and a lookup costs less than analysis
    }
    if (Hangul.isSyllables(word) && word.length() > 1) {
      return writtenInSummaries(word);
    }
    for (FieldQueries.FieldWeight fw : FieldQueries.FIELDS) {
      List<AnalyzedQuery.Token> tokens = AnalyzedQuery.of(analyzer, fw.field(), List.of(word)).tokens();
      if (!tokens.isEmpty() && tokens.stream().allMatch(t -> papers.of(fw.field(), t.term()) > 0)) {
        return true;
      }
    }
    // A word its own language's analyzer leaves out (of, the; 여) is a word of the language.
    boolean hangul = FieldQueries.HANGUL.matcher(word).find();
    return AnalyzedQuery.of(analyzer, hangul ? Fields.SUMMARY : Fields.TITLE, List.of(word)).tokens().isEmpty();
  }

  /**
   * Whether each pair of neighbouring syllables of a Hangul word is in the text of a few summaries. Nori cuts a
   * word it does not know into pieces it does (모댈 into 모 + 댈, 신겅망 into 신 + 겅망), and the pieces
   * are in papers; the pairs across them (모댈, 신겅) are not. A word with a particle, an abbreviation
   * or a name the summaries write (트랜스포머의, 한영, 소라) has all its pairs in text.
   */
  private boolean writtenInSummaries(String word) {
    for (int i = 0; i + 1 < word.length(); i++) {
      if (papers.of(Fields.SUMMARY_BIGRAMS, word.substring(i, i + 2)) < MIN_PAIR_PAPERS) {
        return false;
      }
    }
    return true;
  }
}
