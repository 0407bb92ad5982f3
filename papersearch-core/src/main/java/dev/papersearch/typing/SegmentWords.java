package dev.papersearch.typing;

import dev.papersearch.index.Fields;
import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The words of one index segment with how many of its papers use each, kept while the segment lives:
 * segments never change but for deletions, so after the watcher adds a day only the new segment is
 * read. Both kinds are read from terms: the summaries' Hangul from Nori's, the English words from
 * {@link Fields#ENGLISH_WORDS}, which indexing writes as {@link PaperWords} reads a paper (reading
 * every stored title and summary instead, as a segment written before that field needs, took over a
 * second of every start on the real corpus).
 */
final class SegmentWords {

  private static final Set<String> STORED = Set.of(Fields.TITLE, Fields.BULLET, Fields.SECTION_TEXT);

  private record Counted(int deletions, Map<String, Integer> counts) {}

  /** By segment core, with the deletions they were counted under; dropped when the segment closes. */
  private static final Map<Object, Counted> BY_SEGMENT = new ConcurrentHashMap<>();

  private SegmentWords() {}

  /** Every word of the papers {@code reader} sees, with the papers that use it. */
  static Map<String, Integer> of(IndexReader reader) {
    Map<String, Integer> all = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      counts(leaf.reader()).forEach((word, count) -> all.merge(word, count, Integer::sum));
    }
    return all;
  }

  private static Map<String, Integer> counts(LeafReader segment) {
    LeafReader.CacheHelper core = segment.getCoreCacheHelper();
    if (core == null) {
      return count(segment);
    }
    Counted counted = BY_SEGMENT.get(core.getKey());
    if (counted == null || counted.deletions() != segment.numDeletedDocs()) {
      boolean first = counted == null;
      counted = new Counted(segment.numDeletedDocs(), count(segment));
      BY_SEGMENT.put(core.getKey(), counted);
      if (first) {
        core.addClosedListener(BY_SEGMENT::remove);
      }
    }
    return counted.counts();
  }

  /**
   * Nori's Hangul terms of the summaries (papers that have each), and the English words of the titles
   * and summaries, each in the form its paper writes it (papers that write each form).
   */
  private static Map<String, Integer> count(LeafReader segment) {
    Map<String, Integer> counts = new HashMap<>();
    try {
      Terms terms = segment.terms(Fields.SUMMARY);
      if (terms != null) {
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
          String text = term.utf8ToString();
          if (PaperWords.isSummaryWord(text)) {
            counts.put(text, each.docFreq());
          }
        }
      }
      Bits live = segment.getLiveDocs();
      Terms english = segment.terms(Fields.ENGLISH_WORDS);
      if (english != null && english.getDocCount() == segment.maxDoc()) {
        countPapers(english, live, counts);
        return counts;
      }
      // A segment with papers written before the field was (every title has an English word, so every
      // paper has the field since): the words read from every stored paper.
      StoredFields stored = segment.storedFields();
      for (int doc = 0; doc < segment.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Document paper = stored.document(doc, STORED);
          String summary =
              Paper.summaryText(List.of(paper.getValues(Fields.BULLET)), List.of(paper.getValues(Fields.SECTION_TEXT)));
          PaperWords.countPaper(summary, paper.get(Fields.TITLE), counts);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the words of an index segment: " + e.getMessage(), e);
    }
    return counts;
  }

  /** Adds each term of {@code forms} with the live papers that have it: its document frequency when none is deleted. */
  private static void countPapers(Terms forms, Bits live, Map<String, Integer> counts) throws IOException {
    TermsEnum each = forms.iterator();
    PostingsEnum papers = null;
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      int n = 0;
      if (live == null) {
        n = each.docFreq();
      } else {
        papers = each.postings(papers, PostingsEnum.NONE);
        for (int doc = papers.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = papers.nextDoc()) {
          n += live.get(doc) ? 1 : 0;
        }
      }
      if (n > 0) {
        counts.merge(term.utf8ToString(), n, Integer::sum);
      }
    }
  }
}
