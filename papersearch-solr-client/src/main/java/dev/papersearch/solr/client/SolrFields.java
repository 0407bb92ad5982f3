package dev.papersearch.solr.client;

import dev.papersearch.index.Fields;
import dev.papersearch.ingest.Paper;
import dev.papersearch.ingest.Section;
import dev.papersearch.ingest.SourceLine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.OptionalInt;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * A paper as a document of the collection (config/solr/papers/schema.xml) and back: the same fields
 * and values as {@link dev.papersearch.index.PaperDocuments}, except that the date is a Solr date
 * (filtered with {@code fq}) rather than an epoch-day point.
 */
public final class SolrFields {

  /**
   * The request parameter that tells the {@code papers} parser which papers a query of several words
   * matches ({@code ANY} or {@code MOST}, {@link dev.papersearch.search.PaperQueryBuilder.WordMatch});
   * the client sets it from the order, as the embedded searcher does.
   */
  public static final String WORD_MATCH_PARAM = "papers.words";

  /**
   * The request parameter that tells the {@code papers} parser whether no paper of the collection has
   * most of a query's words as typed ({@code true} or {@code false}, {@link
   * dev.papersearch.search.PaperQueryBuilder.OtherLanguage}): the client counts them over every shard
   * ({@code papers.words=AS_TYPED}); when absent, each core decides from its own papers, which is the
   * collection's answer only on one shard.
   */
  public static final String WORDS_APART_PARAM = "papers.apart";

  /** The glossary mined from the collection, as a file of its configset (read by the query parser). */
  public static final String GLOSSARY_RESOURCE = "glossary.tsv";

  /** The request handler of the configset that searches as the embedded backend does. */
  public static final String HANDLER = "/papers";

  private SolrFields() {}

  /** The document for {@code paper} listed on {@code days}. */
  public static SolrInputDocument toInput(Paper paper, Collection<LocalDate> days) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(Fields.ID, paper.id());
    doc.setField(Fields.URL, paper.url());
    doc.setField(Fields.TITLE, paper.title());
    String summary = paper.summaryText();
    doc.setField(Fields.SUMMARY, summary);
    // One value, as the embedded index writes it: title and summary joined by a line break.
    doc.setField(Fields.NAMES, paper.title() + "\n" + summary);
    doc.setField(Fields.SUMMARY_BIGRAMS, summary);
    doc.setField(Fields.AUTHORS, new ArrayList<>(paper.authors()));
    doc.setField(Fields.DATE, toDate(paper.date()));
    paper.votes().ifPresent(v -> doc.setField(Fields.VOTES, v));
    doc.setField(Fields.DAYS, days.stream().map(LocalDate::toString).toList());
    setIfPresent(doc, Fields.THUMBNAIL, paper.thumbnailUrl());
    setIfPresent(doc, Fields.VIDEO, paper.videoUrl());
    doc.setField(Fields.BULLET, new ArrayList<>(paper.bullets()));
    doc.setField(Fields.SECTION_LABEL, paper.sections().stream().map(Section::label).toList());
    doc.setField(Fields.SECTION_TEXT, paper.sections().stream().map(Section::text).toList());
    doc.setField(Fields.SOURCE_FILE, paper.source().file().toString());
    doc.setField(Fields.SOURCE_LINE, paper.source().line());
    String date = paper.date().toString();
    doc.setField(Fields.FACET_YEAR, date.substring(0, 4));
    doc.setField(Fields.FACET_MONTH, date.substring(0, 7));
    doc.setField(Fields.FACET_DAY, date);
    return doc;
  }

  /** Rebuilds the paper from a document with every stored field. */
  public static Paper fromDocument(SolrDocument doc) {
    List<String> labels = strings(doc, Fields.SECTION_LABEL);
    List<String> texts = strings(doc, Fields.SECTION_TEXT);
    List<Section> sections = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      sections.add(new Section(labels.get(i), texts.get(i)));
    }
    Object votes = doc.getFirstValue(Fields.VOTES);
    return new Paper(
        (String) doc.getFirstValue(Fields.ID),
        (String) doc.getFirstValue(Fields.URL),
        (String) doc.getFirstValue(Fields.TITLE),
        dateOf(doc),
        votes == null ? OptionalInt.empty() : OptionalInt.of(((Number) votes).intValue()),
        strings(doc, Fields.AUTHORS),
        (String) doc.getFirstValue(Fields.THUMBNAIL),
        (String) doc.getFirstValue(Fields.VIDEO),
        strings(doc, Fields.BULLET),
        sections,
        new SourceLine(
            Path.of((String) doc.getFirstValue(Fields.SOURCE_FILE)),
            ((Number) doc.getFirstValue(Fields.SOURCE_LINE)).intValue()));
  }

  /** The paper's date as the collection stores it: midnight UTC of the day. */
  public static Date toDate(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The day of the document's date field. */
  public static LocalDate dateOf(SolrDocument doc) {
    return ((Date) doc.getFirstValue(Fields.DATE)).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** The values of a field, in stored order; empty when absent. */
  public static List<String> strings(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    return values == null ? List.of() : values.stream().map(String::valueOf).toList();
  }

  private static void setIfPresent(SolrInputDocument doc, String field, String value) {
    if (value != null) {
      doc.setField(field, value);
    }
  }
}
