package dev.papersearch.search;

import dev.papersearch.index.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights titles whole and summaries as up to three sentence passages (never across a bullet), using the offsets stored in
 * the postings, formatted by {@link MarkFormatter}.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  static final int MAX_SNIPPETS = 3;
  private static final String[] FIELDS = {Fields.TITLE, Fields.SUMMARY};
  private static final int[] MAX_PASSAGES = {1, MAX_SNIPPETS};

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new MarkFormatter())
            .withMaxNoHighlightPassages(1)
            .withMaxLength(20_000)
            .withBreakIterator(
                () -> new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.KOREAN), '\n')));
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return Fields.TITLE.equals(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
  }

  /** Title and summary passages for each doc id: {@code result.get(field)[i]} is a list of strings. */
  Map<String, Object[]> highlight(Query query, int[] docIds) throws IOException {
    return highlightFieldsAsObjects(FIELDS, query, docIds, MAX_PASSAGES);
  }
}
