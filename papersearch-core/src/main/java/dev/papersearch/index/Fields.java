package dev.papersearch.index;

/** Every field name of the paper index, defined once. */
public final class Fields {

  private Fields() {}

  /** arXiv id: indexed as one term, stored, and sorted on to break ties deterministically. */
  public static final String ID = "id";

  public static final String URL = "url";
  /** English title, analyzed with the English analyzer and stored for highlighting. */
  public static final String TITLE = "title";
  /**
   * The whole Korean summary, one bullet or section per line, analyzed with Nori; not stored, the
   * bullets and sections are ({@code PaperDocuments.summaryOf}).
   */
  public static final String SUMMARY = "summary";
  /** Compact model names from title and summary ({@code gpt4o}, {@code qwen25vl}), not stored. */
  public static final String NAMES = "names";

  /** The summary's Hangul as overlapping character pairs, matched when Nori's segmentation differs. */
  public static final String SUMMARY_BIGRAMS = "summary_bigrams";

  /**
   * The English words of the title and summary, each once, in the form the paper writes it ({@code
   * pooling}, {@code LoRA}; {@code typing.PaperWords}), one term each, not stored: what the typing
   * vocabulary counts, read from the terms instead of from every stored paper at each start.
   */
  public static final String ENGLISH_WORDS = "english_words";

  /**
   * The words of the summary the glossary's lexicon counts, as binary doc values ({@code
   * analysis.SummaryWords}), read while the summary is indexed so that mining the glossary at each
   * commit need not analyze every summary again; absent from papers indexed with other Korean options
   * or by an older version, which the miner reads afresh.
   */
  public static final String SUMMARY_WORDS = "summary_words";

  /** All author names, one per value, analyzed as names. */
  public static final String AUTHORS = "authors";
  /** Digest day: a point for range filters, doc values for sorting, stored as ISO text. */
  public static final String DATE = "date";
  /** Hugging Face votes: doc values for sorting, stored; absent when unknown. */
  public static final String VOTES = "votes";

  public static final String THUMBNAIL = "thumbnail";
  public static final String VIDEO = "video";
  /** Unlabelled summary bullets, stored in order. */
  public static final String BULLET = "bullet";
  /** Section labels and texts, stored as parallel values in order. */
  public static final String SECTION_LABEL = "section_label";

  public static final String SECTION_TEXT = "section_text";

  /** The digest file and line the paper was read from. */
  public static final String SOURCE_FILE = "source_file";

  public static final String SOURCE_LINE = "source_line";

  /**
   * Every digest day that lists the paper ({@code 2024-10-16}), one term each and stored: a re-written
   * day finds its papers by it, and a paper leaves the index only when no day lists it any more.
   * The paper's other fields come from the first of these days.
   */
  public static final String DAYS = "days";

  /** Facet dimensions over the date: {@code 2024}, {@code 2024-10}, {@code 2024-10-18}. */
  public static final String FACET_YEAR = "year";

  public static final String FACET_MONTH = "month";
  public static final String FACET_DAY = "day";
}
