package dev.papersearch.search;

import dev.papersearch.index.Fields;
import dev.papersearch.index.PaperDocuments;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
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
  private static final Set<String> FIELD_SET = Set.of(FIELDS);
  private static final int[] MAX_PASSAGES = {1, MAX_SNIPPETS};

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new MarkFormatter())
            .withScorer(new PassageScores())
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
   * Offsets from the postings as Lucene finds them, with differences in cost only. Lucene rewrites the
   * query and builds its {@link Weight} again for every document and field, which looks up every query
   * term of every field each time and took about a third of a search; here the weight is built once per
   * segment, over a {@link HitPostingsReader} that opens each term's postings once for all the hits of
   * the page. Lucene asks that weight for a document's matches once per highlighted field, each time
   * finding the matches of every field; here the title and the summary read the same matches, read to
   * their end when found ({@link RecordedMatches}) so that the postings can move on to the next hit.
   * Lucene builds the weight over a reader that maps the fields the field matcher accepts to the
   * highlighted field; with {@code requireFieldMatch} (the default, kept here) that matcher accepts the
   * highlighted field alone, so that reader is the segment itself, and the matches are the same.
   */
  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    if (source != OffsetSource.POSTINGS || !components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return super.getOffsetStrategy(source, components);
    }
    return new SharedMatchesStrategy(components);
  }

  private record SegmentDoc(LeafReader segment, int docId) {}

  /** A segment's weight over the reader that keeps its postings between hits; lives for one search. */
  private record SegmentWeight(HitPostingsReader reader, Weight weight) {}

  /** Per segment, lives for one search, so a cached weight never outlives its segment. */
  private final Map<LeafReader, SegmentWeight> weights = new IdentityHashMap<>();

  /** Per hit, the matches of each highlighted field; empty for a document the query does not match. */
  private final Map<SegmentDoc, Map<String, RecordedMatches>> matches = new HashMap<>();

  /** The query the cached weights and matches are of; every field is given the same one. */
  private Query matchesOf;

  private Map<String, RecordedMatches> matches(Query query, LeafReader segment, int docId) throws IOException {
    if (query != matchesOf) {
      weights.clear();
      matches.clear();
      matchesOf = query;
    }
    SegmentDoc key = new SegmentDoc(segment, docId);
    Map<String, RecordedMatches> found = matches.get(key);
    if (found == null) {
      SegmentWeight weight = weights.get(segment);
      if (weight == null) {
        HitPostingsReader reader = new HitPostingsReader(segment);
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        weight =
            new SegmentWeight(reader, searcher.rewrite(query).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f));
        weights.put(segment, weight);
      }
      weight.reader().startHit(docId);
      found = RecordedMatches.of(weight.weight().matches(weight.reader().getContext(), docId), FIELD_SET);
      matches.put(key, found);
    }
    return found;
  }

  /** Reads one field's offsets from the matches the hit shares with the other field. */
  private final class SharedMatchesStrategy extends PostingsOffsetStrategy {

    SharedMatchesStrategy(UHComponents components) {
      super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader segment, int docId, List<OffsetsEnum> results)
        throws IOException {
      matches(components.getQuery(), segment, docId)
          .forEach(
              (field, recorded) -> {
                if (components.getFieldMatcher().test(field)) {
                  results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(recorded.iterator()));
                }
              });
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
   * fields a second time (the summary, which is not stored, joined from its parts); cut and joined
   * as Lucene's own loader does.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> byDoc = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      Document document = stored.get(doc);
      CharSequence[] values = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        values[f] =
            limited(
                fields[f].equals(Fields.SUMMARY)
                    ? new String[] {PaperDocuments.summaryOf(document)}
                    : document.getValues(fields[f]));
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
