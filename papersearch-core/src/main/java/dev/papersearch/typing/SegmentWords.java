package dev.papersearch.typing;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.index.Fields;
import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The words of one index segment with how many of its papers use each, kept while the segment lives:
 * segments never change but for deletions, so after the watcher adds a day only the new segment is
 * read (reading every stored title and summary again takes about a second on the real corpus).
 */
final class SegmentWords {

  /**
   * An English word: letters only, so the versions of model names ({@code GPT-4o}) are left out (their
   * letters are words); stop words are too, which no one types a word towards.
   */
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");

  /** Web and mail addresses, whose pieces (https, github, com) are no words anyone searches for. */
  private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+|\\S+\\.(?:com|org|io|ai|net)\\b\\S*");

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
          if (Hangul.isSyllables(text)) {
            counts.put(text, each.docFreq());
          }
        }
      }
      StoredFields stored = segment.storedFields();
      Bits live = segment.getLiveDocs();
      for (int doc = 0; doc < segment.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Document paper = stored.document(doc, STORED);
          String summary =
              Paper.summaryText(List.of(paper.getValues(Fields.BULLET)), List.of(paper.getValues(Fields.SECTION_TEXT)));
          englishWords(summary, paper.get(Fields.TITLE)).forEach(form -> counts.merge(form, 1, Integer::sum));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the words of an index segment: " + e.getMessage(), e);
    }
    return counts;
  }

  /**
   * The English words of one paper, one form of each, the summary's before the title's ({@code
   * pooling}, {@code VideoLLM}); a word capitalised only at its start in lower case. The summaries
   * gloss far more English terms than the titles use.
   */
  static Collection<String> englishWords(String summary, String title) {
    Map<String, String> formOf = new HashMap<>();
    addForms(summary, formOf);
    addForms(title, formOf);
    return formOf.values();
  }

  /** Adds the English words of {@code text} not yet in {@code formOf}, by their lower case. */
  private static void addForms(String text, Map<String, String> formOf) {
    if (text == null) {
      return;
    }
    Matcher m = ENGLISH_WORD.matcher(LINK.matcher(text).replaceAll(" "));
    while (m.find()) {
      String word = m.group();
      if (word.length() > 1 && !Vocabulary.isStopWord(word)) {
        String lower = word.toLowerCase(Locale.ROOT);
        // A capital first letter says little of a word: titles capitalise every word, glosses and
        // sentences their first (Large Language Models); capitals inside say a name (LoRA, GitHub).
        formOf.putIfAbsent(lower, isCapitalised(word) ? lower : word);
      }
    }
  }

  /** Whether only the first letter of {@code word} is a capital ({@code Transformer}, not {@code LoRA}). */
  private static boolean isCapitalised(String word) {
    return Character.isUpperCase(word.charAt(0)) && word.substring(1).chars().noneMatch(Character::isUpperCase);
  }
}
