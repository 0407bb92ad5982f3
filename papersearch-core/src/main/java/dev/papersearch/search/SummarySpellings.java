package dev.papersearch.search;

import dev.papersearch.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Searches the summaries for a Hangul word as a whole, however Nori cut it there. Nori reads a word
 * its dictionary does not know differently in different sentences ({@code 캐쉬를} alone is {@code
 * 캐쉬}, {@code 조각의 캐쉬를} gives {@code 캐 쉬}), so the word analyzed alone misses some of its
 * occurrences; and one of its pieces alone matches unrelated text ({@code 택소노미} is {@code 택 소노
 * 미}, and {@code 소노} is also a place name). So the word is searched as phrases of its pieces.
 */
final class SummarySpellings {

  /** Longer words are not cut into pieces: there are 2^(n-1) ways for n syllables. */
  private static final int MAX_SEGMENTED_LENGTH = 8;

  /** The ways to cut a word that are searched, those with the longest pieces first. */
  private static final int MAX_SEGMENTATIONS = 4;

  private final Analyzer analyzer;

  SummarySpellings(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The word as Nori reads it alone (with gaps where it drops a piece: {@code 클러스터링} gives {@code
   * 클러스터}) and as the summaries may cut it otherwise ({@code 클러스터 링} before a particle).
   * Without a {@code vocabulary}, only the first.
   */
  Set<Query> whole(String hangul, IndexReader vocabulary) {
    Set<Query> out = new LinkedHashSet<>();
    List<AnalyzedQuery.Token> alone = AnalyzedQuery.of(analyzer, Fields.SUMMARY, List.of(hangul)).tokens();
    if (!alone.isEmpty()) {
      out.add(asRead(alone));
    }
    if (vocabulary != null) {
      segmentations(hangul, vocabulary).forEach(terms -> out.add(inARow(terms)));
    }
    return out;
  }

  /** The cuts of the word, all its pieces kept, that some summary holds. */
  static List<Query> written(String hangul, IndexReader vocabulary) {
    List<Query> out = new ArrayList<>();
    for (List<String> terms : segmentations(hangul, vocabulary)) {
      Query q = inARow(terms);
      if (papersMatching(q, vocabulary) > 0) {
        out.add(q);
      }
    }
    return out;
  }

  /** Papers whose summary has {@code hangul} as Nori reads it alone (its tokens in a row). */
  int papersWriting(String hangul, IndexReader vocabulary) {
    String[] terms =
        AnalyzedQuery.of(analyzer, Fields.SUMMARY, List.of(hangul)).tokens().stream()
            .map(AnalyzedQuery.Token::term)
            .toArray(String[]::new);
    return switch (terms.length) {
      case 0 -> 0;
      case 1 -> FieldQueries.docFreq(vocabulary, Fields.SUMMARY, terms[0]);
      default -> papersMatching(new PhraseQuery(Fields.SUMMARY, terms), vocabulary);
    };
  }
  /** Papers matching {@code query}. */
  private static int papersMatching(Query query, IndexReader vocabulary) {
    try {
      return new IndexSearcher(vocabulary).count(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ways to cut the word into pieces that are all summary terms, longer first pieces first, at
   * most {@link #MAX_SEGMENTATIONS}.
   */
  private static List<List<String>> segmentations(String hangul, IndexReader vocabulary) {
    List<List<String>> out = new ArrayList<>();
    if (hangul.length() <= MAX_SEGMENTED_LENGTH) {
      segment(hangul, 0, new ArrayList<>(), vocabulary, out);
    }
    return out;
  }

  private static void segment(
      String hangul, int from, List<String> pieces, IndexReader vocabulary, List<List<String>> out) {
    if (from == hangul.length()) {
      out.add(List.copyOf(pieces));
      return;
    }
    for (int to = hangul.length(); to > from && out.size() < MAX_SEGMENTATIONS; to--) {
      String piece = hangul.substring(from, to);
      if (FieldQueries.docFreq(vocabulary, Fields.SUMMARY, piece) > 0) {
        pieces.add(piece);
        segment(hangul, to, pieces, vocabulary, out);
        pieces.remove(pieces.size() - 1);
      }
    }
  }

  /** The summary tokens at the positions analysis gave them, gaps for dropped pieces kept. */
  private static Query asRead(List<AnalyzedQuery.Token> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(Fields.SUMMARY, tokens.get(0).term()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int first = tokens.get(0).position();
    tokens.forEach(t -> phrase.add(new Term(Fields.SUMMARY, t.term()), t.position() - first));
    return phrase.build();
  }

  /** The summary terms in a row: one term, or a phrase. */
  private static Query inARow(List<String> terms) {
    return terms.size() == 1
        ? new TermQuery(new Term(Fields.SUMMARY, terms.get(0)))
        : new PhraseQuery(Fields.SUMMARY, terms.toArray(String[]::new));
  }
}
