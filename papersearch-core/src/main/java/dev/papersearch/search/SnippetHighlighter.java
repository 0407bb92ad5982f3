package dev.papersearch.search;

import dev.papersearch.index.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
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

  /**
   * Offsets from the postings as Lucene finds them, with one difference in cost only: Lucene
   * rewrites the query and builds its {@link Weight} again for every document and field, which
   * looks up every query term of every field each time and took about a third of a search. Here the
   * weight is built once per field and segment and asked for each document's matches, which gives
   * the same matches.
   */
  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    if (source != OffsetSource.POSTINGS || !components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return super.getOffsetStrategy(source, components);
    }
    return new WeightReusingStrategy(components);
  }

  /** Lives for one highlight call and one field, so a cached weight never outlives its segment. */
  private static final class WeightReusingStrategy extends PostingsOffsetStrategy {

    private record SegmentWeight(LeafReader reader, Weight weight) {}

    private final Map<LeafReader, SegmentWeight> weights = new IdentityHashMap<>();

    WeightReusingStrategy(UHComponents components) {
      super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader segment, int docId, List<OffsetsEnum> results)
        throws IOException {
      SegmentWeight sw = weights.get(segment);
      if (sw == null) {
        sw = weightFor(segment);
        weights.put(segment, sw);
      }
      Matches matches = sw.weight().matches(sw.reader().getContext(), docId);
      if (matches == null) {
        return; // the document does not match
      }
      for (String field : matches) {
        if (components.getFieldMatcher().test(field)) {
          MatchesIterator iterator = matches.getMatches(field);
          if (iterator != null) {
            results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
          }
        }
      }
    }

    /** As Lucene's: the fields the matcher accepts read the highlighted field's terms. */
    private SegmentWeight weightFor(LeafReader segment) throws IOException {
      LeafReader remapped =
          new FilterLeafReader(segment) {
            @Override
            public Terms terms(String field) throws IOException {
              return super.terms(components.getFieldMatcher().test(field) ? components.getField() : field);
            }

            @Override
            public CacheHelper getCoreCacheHelper() {
              return null;
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
              return null;
            }
          };
      IndexSearcher searcher = new IndexSearcher(remapped);
      searcher.setQueryCache(null);
      Weight weight = searcher.rewrite(components.getQuery()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
      return new SegmentWeight(remapped, weight);
    }
  }

  /** The hits' stored documents, read once by the searcher, by doc id. */
  private final Map<Integer, Document> stored = new HashMap<>();

  /**
   * Title and summary passages for each doc id: {@code result.get(field)[i]} is a list of strings.
   *
   * @param docs the stored document of each doc id, which the searcher has read anyway
   */
  Map<String, Object[]> highlight(Query query, int[] docIds, Document[] docs) throws IOException {
    for (int i = 0; i < docIds.length; i++) {
      stored.put(docIds[i], docs[i]);
    }
    return highlightFieldsAsObjects(FIELDS, query, docIds, MAX_PASSAGES);
  }

  /**
   * The field values from the documents the searcher read, instead of decompressing the same stored
   * fields a second time; cut and joined as Lucene's own loader does.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> byDoc = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      Document document = stored.get(doc);
      CharSequence[] values = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        values[f] = limited(document.getValues(fields[f]));
      }
      byDoc.add(values);
    }
    return byDoc;
  }

  /** As Lucene's {@code LimitedStoredFieldVisitor}: values joined by its separator, at most {@code getMaxLength()} chars. */
  private CharSequence limited(String[] values) {
    if (values.length == 0) {
      return null;
    }
    int max = getMaxLength();
    StringBuilder out = new StringBuilder(values[0].substring(0, Math.min(max, values[0].length())));
    for (int i = 1; i < values.length && out.length() < max; i++) {
      out.append(MULTIVAL_SEP_CHAR).append(values[i], 0, Math.min(max - out.length() - 1, values[i].length()));
    }
    return values.length == 1 ? out.toString() : out;
  }
}
