package dev.papersearch.search;

import dev.papersearch.typing.TermWords;
import dev.papersearch.typing.TypedWords;
import dev.papersearch.typing.Vocabulary;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A query as it was meant, read from what was typed before it is built: the one reading every backend
 * makes ({@link TypedWords} over the whole index's words), so that the embedded index and a SolrCloud
 * collection search the same words and answer the same correction.
 *
 * @param meant the words as meant, with the phrases and exclusions as typed
 * @param correction the query text as meant when a word was corrected (or only offered), or {@code null}
 */
public record TypedQuery(UserQuery meant, SearchResponse.Correction correction) {

  /**
   * Reads {@code request}'s query against {@code vocabulary} and the glossed {@code terms}, a word the
   * index has as typed found by {@code analyzer} (the query analyzer) and {@code papers}; the readings
   * {@code options} leave on, none for a search as typed.
   */
  public static TypedQuery read(
      SearchRequest request,
      QueryOptions options,
      Analyzer analyzer,
      Vocabulary vocabulary,
      TermWords terms,
      DocFreq papers) {
    UserQuery typed = UserQuery.parse(request.query());
    TypedWords.Meant meant =
        new TypedWords(vocabulary, terms, new IndexedWords(analyzer, vocabulary, papers), readings(request, options))
            .read(request.query(), typed.words(), true);
    return new TypedQuery(
        new UserQuery(meant.words(), typed.phrases(), typed.excluded()), SearchResponse.Correction.of(meant));
  }

  /** The ways of reading typed words that the options leave on; none for a search as typed. */
  private static Set<TypedWords.Reading> readings(SearchRequest request, QueryOptions options) {
    Set<TypedWords.Reading> on = EnumSet.noneOf(TypedWords.Reading.class);
    if (request.asTyped()) {
      return on;
    }
    if (options.on(Stage.COMPLETION)) {
      on.add(TypedWords.Reading.COMPLETION);
    }
    if (options.on(Stage.TYPOS)) {
      on.add(TypedWords.Reading.TYPOS);
    }
    if (options.on(Stage.KEYBOARD)) {
      on.add(TypedWords.Reading.KEYBOARD);
    }
    return on;
  }
}
