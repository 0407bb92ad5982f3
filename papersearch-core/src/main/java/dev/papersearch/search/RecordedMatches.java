package dev.papersearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;

/**
 * A field's matches in one document, read to their end and kept: each match with its positions, offsets,
 * query and sub-matches, given back by {@link #iterator()} as the matches iterator they were read from
 * would give them. Reading them at once frees the postings they were read from for the next hit
 * ({@link HitPostingsReader}).
 */
record RecordedMatches(List<Match> matches) {

  /** One match and, when the iterator had them, its sub-matches (a phrase's words). */
  record Match(int startPosition, int endPosition, int startOffset, int endOffset, Query query, RecordedMatches subs) {}

  /** The matches of each of {@code fields} that {@code found} has, in its order; empty for {@code null}. */
  static Map<String, RecordedMatches> of(Matches found, Set<String> fields) throws IOException {
    Map<String, RecordedMatches> byField = new LinkedHashMap<>();
    if (found != null) {
      for (String field : found) {
        if (fields.contains(field)) {
          RecordedMatches recorded = read(found.getMatches(field));
          if (recorded != null) {
            byField.put(field, recorded);
          }
        }
      }
    }
    return byField;
  }

  private static RecordedMatches read(MatchesIterator iterator) throws IOException {
    if (iterator == null) {
      return null;
    }
    List<Match> matches = new ArrayList<>();
    while (iterator.next()) {
      // the sub-matches first, as the highlighter asks for them
      RecordedMatches subs = read(iterator.getSubMatches());
      matches.add(
          new Match(
              iterator.startPosition(),
              iterator.endPosition(),
              iterator.startOffset(),
              iterator.endOffset(),
              iterator.getQuery(),
              subs));
    }
    return new RecordedMatches(matches);
  }

  /** The matches again, from the first. */
  MatchesIterator iterator() {
    return new MatchesIterator() {
      private int at = -1;

      @Override
      public boolean next() {
        return ++at < matches.size();
      }

      @Override
      public int startPosition() {
        return matches.get(at).startPosition();
      }

      @Override
      public int endPosition() {
        return matches.get(at).endPosition();
      }

      @Override
      public int startOffset() {
        return matches.get(at).startOffset();
      }

      @Override
      public int endOffset() {
        return matches.get(at).endOffset();
      }

      @Override
      public MatchesIterator getSubMatches() {
        RecordedMatches subs = matches.get(at).subs();
        return subs == null ? null : subs.iterator();
      }

      @Override
      public Query getQuery() {
        return matches.get(at).query();
      }
    };
  }
}
