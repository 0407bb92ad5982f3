package dev.papersearch.typing;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.Hangul;
import dev.papersearch.index.Fields;
import dev.papersearch.typing.Suggestion.Kind;
import dev.papersearch.typing.Vocabulary.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What typing needs of an index reader: the {@link Vocabulary} typed words are read against (counted
 * per segment, {@link SegmentWords}), and, from one pass over the stored titles and authors, the {@link Catalogue} of terms,
 * model names, authors and titles that suggestions complete what is typed to. The catalogue is made
 * on the first suggestion, so that no search after a commit waits for it.
 */
public final class Lexicon {

  private static final Set<String> STORED = Set.of(Fields.TITLE, Fields.AUTHORS);

  /** What the pass over the papers found, besides the vocabulary: each title and each paper's authors. */
  private record Read(List<Word> words, List<String> titles, List<String[]> authors) {}

  private final Vocabulary vocabulary;
  private final Read read;
  private volatile Catalogue catalogue;

  private Lexicon(Vocabulary vocabulary, Read read) {
    this.vocabulary = vocabulary;
    this.read = read;
  }

  /** The lexicon of the papers {@code reader} sees. */
  public static Lexicon of(IndexReader reader) {
    Vocabulary vocabulary = Vocabulary.of(reader);
    Read read = new Read(vocabulary.words(), new ArrayList<>(), new ArrayList<>());
    try {
      addStoredFields(reader, read);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the titles and authors of the index: " + e.getMessage(), e);
    }
    return new Lexicon(vocabulary, read);
  }

  /** One paper as a lexicon reads it when papers are read elsewhere (a SolrCloud collection). */
  public record PaperText(String title, String summary, String[] authors) {}

  /**
   * The lexicon of papers read elsewhere (a SolrCloud collection), counted as {@link #of(IndexReader)}
   * counts an index's: {@code summaryTerms} are the terms of the summaries with the papers that have
   * each, {@code papers} each paper's title, summary and authors.
   */
  public static Lexicon of(Map<String, Integer> summaryTerms, List<PaperText> papers) {
    Map<String, Integer> counts = new HashMap<>();
    summaryTerms.forEach(
        (term, n) -> {
          if (PaperWords.isSummaryWord(term)) {
            counts.put(term, n);
          }
        });
    List<String> titles = new ArrayList<>();
    List<String[]> authors = new ArrayList<>();
    for (PaperText paper : papers) {
      PaperWords.countPaper(paper.summary(), paper.title(), counts);
      if (paper.title() != null) {
        titles.add(paper.title());
      }
      authors.add(paper.authors());
    }
    Vocabulary vocabulary = Vocabulary.ofForms(counts);
    return new Lexicon(vocabulary, new Read(vocabulary.words(), titles, authors));
  }

  /** The words typed words are read against. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Suggestions from this lexicon and the terms {@code glossary} has the summaries gloss ({@code 강화 학습}). */
  public Suggester suggester(Glossary glossary) {
    return new Suggester(vocabulary, List.of(catalogue(), glossed(glossary, vocabulary)));
  }

  private Catalogue catalogue() {
    Catalogue made = catalogue;
    if (made == null) {
      synchronized (this) {
        if (catalogue == null) {
          catalogue = catalogueOf(read);
        }
        made = catalogue;
      }
    }
    return made;
  }

  /**
   * The words as terms, the titles' model names and the authors, each counted once a paper, and the
   * titles; authors and titles found from any of their words.
   */
  private static Catalogue catalogueOf(Read read) {
    Spellings models = new Spellings();
    read.titles().forEach(title -> models.countOnce(ModelNames.in(title)));
    Spellings authors = new Spellings();
    read.authors().forEach(names -> authors.countOnce(Arrays.asList(names)));
    Catalogue.Builder catalogue = new Catalogue.Builder();
    read.words().forEach(w -> catalogue.add(new Suggestion(w.text(), Kind.TERM, w.count())));
    models.each((name, count) -> catalogue.add(new Suggestion(name, Kind.MODEL, count)));
    authors.each((name, count) -> catalogue.add(new Suggestion(name, Kind.AUTHOR, count), fromEachWord(name)));
    read.titles().forEach(title -> catalogue.add(new Suggestion(title, Kind.TITLE, 1), fromEachWord(title)));
    return catalogue.build();
  }

  /** From each paper's stored title and authors: the title and the authors. */
  private static void addStoredFields(IndexReader reader, Read read) throws IOException {
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document paper = stored.document(doc, STORED);
      String title = paper.get(Fields.TITLE);
      if (title != null) {
        read.titles().add(title);
      }
      read.authors().add(paper.getValues(Fields.AUTHORS));
    }
  }

  /**
   * {@code text} whole, then from each later word on that is no stop word ({@code Yann LeCun}, {@code
   * LeCun}), no longer than a catalogue keeps.
   */
  private static List<String> fromEachWord(String text) {
    List<String> forms = new ArrayList<>();
    forms.add(text);
    for (int start = 1; start < text.length(); start++) {
      char before = text.charAt(start - 1);
      if (Character.isLetterOrDigit(text.charAt(start)) && !Character.isLetterOrDigit(before) && before != '\'') {
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
        if (!Vocabulary.isStopWord(text.substring(start, end))) {
          forms.add(text.substring(start, Math.min(text.length(), start + Catalogue.MAX_KEY)));
        }
      }
    }
    return forms;
  }

  /**
   * The terms {@code glossary} pairs, each with how often the summaries gloss it: the English ones, and
   * the Korean ones whose every word is a word of {@code vocabulary} (강화 학습, not 모델은 여러 벤치마크).
   */
  private static Catalogue glossed(Glossary glossary, Vocabulary vocabulary) {
    Map<String, Integer> terms = new TreeMap<>();
    glossary.entries().forEach(
        e -> {
          if (Arrays.stream(e.korean().split(" ")).allMatch(w -> vocabulary.word(w).isPresent())) {
            terms.merge(e.korean(), e.count(), Integer::sum);
          }
          terms.merge(e.english(), e.count(), Integer::sum);
        });
    Catalogue.Builder catalogue = new Catalogue.Builder();
    terms.forEach((term, count) -> catalogue.add(new Suggestion(term, Kind.TERM, count)));
    return catalogue.build();
  }

  /** Names counted once a paper whatever their case, each written as most papers write it. */
  private static final class Spellings {
    private final Map<String, Integer> papers = new HashMap<>();
    private final Map<String, Integer> bySpelling = new HashMap<>();

    /** Counts the names of one paper, each once however often it lists them. */
    void countOnce(Collection<String> names) {
      Set<String> once = new HashSet<>();
      for (String name : new HashSet<>(names)) {
        bySpelling.merge(name, 1, Integer::sum);
        String lower = name.toLowerCase(Locale.ROOT);
        if (once.add(lower)) {
          papers.merge(lower, 1, Integer::sum);
        }
      }
    }

    /** Each name in its most written spelling (the first in text order of two as written), with its papers. */
    void each(ObjIntConsumer<String> action) {
      Map<String, String> spelling = new HashMap<>();
      bySpelling.forEach(
          (name, count) -> spelling.merge(name.toLowerCase(Locale.ROOT), name, (a, b) -> {
            int byCount = Integer.compare(bySpelling.get(a), bySpelling.get(b));
            return byCount > 0 || byCount == 0 && a.compareTo(b) <= 0 ? a : b;
          }));
      spelling.forEach((lower, name) -> action.accept(name, papers.get(lower)));
    }
  }
}
