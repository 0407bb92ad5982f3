package dev.papersearch.index;

import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.analysis.PaperAnalyzers;
import dev.papersearch.analysis.SummaryWords;
import dev.papersearch.ingest.DigestPaths;
import dev.papersearch.ingest.Paper;
import dev.papersearch.ingest.Section;
import dev.papersearch.ingest.SourceLine;
import dev.papersearch.typing.PaperWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link Paper} into a Lucene {@link Document} and back, and names the analyzer of each field. */
public final class PaperDocuments {

  /** Text fields keep offsets in the postings so the unified highlighter need not re-analyze. */
  private static final FieldType TEXT_WITH_OFFSETS = withOffsets(TextField.TYPE_STORED);

  /**
   * The summary is not stored: it is the bullets and section texts, which are, joined ({@link
   * #summaryOf}). Stored twice it made every hit's stored fields twice as long to decompress.
   */
  private static final FieldType SUMMARY_WITH_OFFSETS = withOffsets(TextField.TYPE_NOT_STORED);

  private static FieldType withOffsets(FieldType base) {
    FieldType type = new FieldType(base);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** {@code fields} and the stored fields {@link #summaryOf} reads, for loading only what a reader uses. */
  public static Set<String> withSummaryParts(String... fields) {
    Set<String> out = new HashSet<>(List.of(fields));
    out.add(Fields.BULLET);
    out.add(Fields.SECTION_TEXT);
    return Set.copyOf(out);
  }

  /** Model names need no positions: they are matched as single terms. */
  private static final FieldType NAMES = termsOnly(true);

  /** Hangul bigrams are matched as single terms too; their norms keep the summary's length. */
  private static final FieldType BIGRAMS = termsOnly(false);

  private static FieldType termsOnly(boolean omitNorms) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.setOmitNorms(omitNorms);
    type.freeze();
    return type;
  }

  private static final FacetsConfig FACETS = new FacetsConfig();

  private PaperDocuments() {}

  /** The facet configuration shared by indexing and searching. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }

  /** The analyzer for every text field of the index. */
  public static Analyzer analyzer() {
    return analyzer(KoreanOptions.SHIPPED);
  }

  /** The index analyzer with other Korean options, for comparisons. */
  public static Analyzer analyzer(KoreanOptions korean) {
    return perField(PaperAnalyzers.english(true), PaperAnalyzers.names(false), korean);
  }

  /**
   * The analyzer for queries: the index analyzer except that model names are joined across spaces,
   * since users write {@code qwen2 vl} for {@code Qwen2-VL}, and title words are not split into parts.
   */
  public static Analyzer queryAnalyzer(KoreanOptions korean) {
    return perField(PaperAnalyzers.english(false), PaperAnalyzers.names(true), korean);
  }

  private static Analyzer perField(Analyzer title, Analyzer names, KoreanOptions korean) {
    return new PerFieldAnalyzerWrapper(
        PaperAnalyzers.authors(),
        Map.of(
            Fields.TITLE, title,
            Fields.SUMMARY, PaperAnalyzers.korean(korean),
            Fields.NAMES, names,
            Fields.SUMMARY_BIGRAMS, PaperAnalyzers.hangulBigrams()));
  }

  /**
   * The digest day a paper was read from: the date in its file's name, which is how the corpus is
   * ordered and how a changed file is named, or the paper's own date for a file named otherwise.
   */
  public static LocalDate dayOf(Paper paper) {
    return DigestPaths.dateOf(paper.source().file()).orElse(paper.date());
  }

  /**
   * The document for {@code paper} listed on {@code days}, facets included. With a {@code
   * summaryReader}, the index's analyzer when it reads summaries as the glossary miner does, the
   * summary is analyzed here, once: the index consumes what was read, and the words the miner counts
   * are kept beside it ({@link Fields#SUMMARY_WORDS}); with {@code null}, the index analyzes it and
   * the miner reads it again.
   */
  public static Document toDocument(Paper paper, Collection<LocalDate> days, Analyzer summaryReader) {
    Document doc = new Document();
    for (LocalDate day : days) {
      doc.add(new StringField(Fields.DAYS, day.toString(), Field.Store.YES));
    }
    doc.add(new StringField(Fields.ID, paper.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(paper.id())));
    doc.add(new StoredField(Fields.URL, paper.url()));
    doc.add(new Field(Fields.TITLE, paper.title(), TEXT_WITH_OFFSETS));
    String summary = paper.summaryText();
    if (summaryReader == null) {
      doc.add(new Field(Fields.SUMMARY, summary, SUMMARY_WITH_OFFSETS));
    } else {
      SummaryWords.Reading read = SummaryWords.read(summaryReader, Fields.SUMMARY, summary);
      doc.add(new Field(Fields.SUMMARY, read.tokens(), SUMMARY_WITH_OFFSETS));
      doc.add(new BinaryDocValuesField(Fields.SUMMARY_WORDS, read.words().encode()));
    }
    doc.add(new Field(Fields.NAMES, paper.title() + "\n" + summary, NAMES));
    doc.add(new Field(Fields.SUMMARY_BIGRAMS, summary, BIGRAMS));
    for (String form : PaperWords.englishForms(summary, paper.title())) {
      doc.add(new StringField(Fields.ENGLISH_WORDS, form, Field.Store.NO));
    }
    for (String author : paper.authors()) {
      doc.add(new TextField(Fields.AUTHORS, author, Field.Store.YES));
    }
    long day = paper.date().toEpochDay();
    doc.add(new LongPoint(Fields.DATE, day));
    doc.add(new NumericDocValuesField(Fields.DATE, day));
    doc.add(new StoredField(Fields.DATE, paper.date().toString()));
    paper
        .votes()
        .ifPresent(
            v -> {
              doc.add(new IntPoint(Fields.VOTES, v));
              doc.add(new NumericDocValuesField(Fields.VOTES, v));
              doc.add(new StoredField(Fields.VOTES, v));
            });
    storeIfPresent(doc, Fields.THUMBNAIL, paper.thumbnailUrl());
    storeIfPresent(doc, Fields.VIDEO, paper.videoUrl());
    for (String bullet : paper.bullets()) {
      doc.add(new StoredField(Fields.BULLET, bullet));
    }
    for (Section section : paper.sections()) {
      doc.add(new StoredField(Fields.SECTION_LABEL, section.label()));
      doc.add(new StoredField(Fields.SECTION_TEXT, section.text()));
    }
    doc.add(new StoredField(Fields.SOURCE_FILE, paper.source().file().toString()));
    doc.add(new StoredField(Fields.SOURCE_LINE, paper.source().line()));
    String date = paper.date().toString();
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, date.substring(0, 4)));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_MONTH, date.substring(0, 7)));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_DAY, date));
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rebuilds the paper from its stored fields. */
  public static Paper fromDocument(Document doc) {
    IndexableField votes = doc.getField(Fields.VOTES);
    String[] labels = doc.getValues(Fields.SECTION_LABEL);
    String[] texts = doc.getValues(Fields.SECTION_TEXT);
    List<Section> sections = new ArrayList<>(labels.length);
    for (int i = 0; i < labels.length; i++) {
      sections.add(new Section(labels[i], texts[i]));
    }
    return new Paper(
        doc.get(Fields.ID),
        doc.get(Fields.URL),
        doc.get(Fields.TITLE),
        LocalDate.parse(doc.get(Fields.DATE)),
        votes == null ? OptionalInt.empty() : OptionalInt.of(votes.numericValue().intValue()),
        List.of(doc.getValues(Fields.AUTHORS)),
        doc.get(Fields.THUMBNAIL),
        doc.get(Fields.VIDEO),
        List.of(doc.getValues(Fields.BULLET)),
        sections,
        new SourceLine(
            Path.of(doc.get(Fields.SOURCE_FILE)),
            doc.getField(Fields.SOURCE_LINE).numericValue().intValue()));
  }

  /**
   * The summary text of a stored document, exactly as it was indexed (so highlight offsets fit
   * it): its bullets and section texts joined as {@link Paper#summaryText()} joins them.
   */
  public static String summaryOf(Document doc) {
    return Paper.summaryText(List.of(doc.getValues(Fields.BULLET)), List.of(doc.getValues(Fields.SECTION_TEXT)));
  }

  /** The days a stored document is listed on, in order. */
  public static SortedSet<LocalDate> daysOf(Document doc) {
    SortedSet<LocalDate> days = new TreeSet<>();
    for (String day : doc.getValues(Fields.DAYS)) {
      days.add(LocalDate.parse(day));
    }
    return days;
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }
}
