package dev.papersearch.ingest;

import dev.papersearch.support.RealCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the whole real corpus and checks it against the facts in its README (the numbers were also
 * counted independently with grep over the raw files). The fixtures pin down each variation; this
 * test shows that the variations they cover are all there is.
 */
class CorpusCountsTest {

  /** First day of era 2 (two-asterisk labels); era 1 (plain bullets) ends the day before. */
  private static final LocalDate ERA_2 = LocalDate.of(2024, 6, 12);
  /** First day of era 3 (three-asterisk labels). */
  private static final LocalDate ERA_3 = LocalDate.of(2024, 10, 18);

  private static final Set<String> STANDARD_LABELS =
      Set.of(Section.WHATS_NEW, Section.TECHNICAL_DETAILS, Section.PERFORMANCE_HIGHLIGHTS);

  private static Corpus corpus;

  @BeforeAll
  static void readCorpus() {
    corpus = new CorpusReader().read(RealCorpus.days(), CorpusReader.QUIETLY);
  }

  @Test
  void totals() {
    assertEquals(List.of(), corpus.problems(), "problems");
    assertEquals(357, corpus.files(), "files");
    assertEquals(5_488, corpus.blocks(), "### blocks");
    assertEquals(5_487, corpus.papers().size(), "distinct papers");
  }

  /** 2410.09342 is on 2024-10-16 and again on 2024-10-18; the first day wins. */
  @Test
  void oneRepeatKeptOnItsFirstDay() {
    assertEquals(
        List.of("2410.09342 2024-10-18"),
        corpus.repeats().stream().map(p -> p.id() + " " + p.date()).toList(),
        "dropped repeats");
    assertEquals(
        List.of(LocalDate.of(2024, 10, 16)),
        papers(p -> p.id().equals("2410.09342")).stream().map(Paper::date).toList(),
        "kept copy");
    assertEquals(
        corpus.papers().size(),
        corpus.papers().stream().map(Paper::id).distinct().count(),
        "ids are unique");
  }

  @Test
  void papersPerEra() {
    assertEquals(1_413, papers(p -> p.date().isBefore(ERA_2)).size(), "era 1");
    assertEquals(1_322, papers(p -> inEra2(p.date())).size(), "era 2");
    assertEquals(2_752, papers(p -> !p.date().isBefore(ERA_3)).size(), "era 3, less the repeat");
  }

  /** Up to 2024-06-11 summaries are 3 or more plain bullets and never labelled. */
  @Test
  void era1HasBulletsAndNoSections() {
    assertEquals(
        List.of(),
        ids(p -> p.date().isBefore(ERA_2) && (p.bullets().size() < 3 || !p.sections().isEmpty())));
  }

  /** From 2024-06-12 every summary is labelled, starting with What's New, with no loose bullets. */
  @Test
  void labelledErasStartWithWhatsNew() {
    assertEquals(
        List.of(),
        ids(
            p ->
                !p.date().isBefore(ERA_2)
                    && (!p.bullets().isEmpty()
                        || p.sections().isEmpty()
                        || !p.sections().get(0).label().equals(Section.WHATS_NEW))));
  }

  /**
   * 30 papers lack Technical Details and/or Performance Highlights, and 30 papers in 28 files have
   * a label beyond the standard three. (The README says 59 papers in 39 files for the latter; a
   * regex count of {@code - **X**:} / {@code - ***X***:} lines in the raw files gives 30 in 28.)
   */
  @Test
  void missingAndExtraLabels() {
    Predicate<Paper> labelled = p -> !p.sections().isEmpty();
    assertEquals(
        30,
        papers(
                labelled.and(
                    p ->
                        p.section(Section.TECHNICAL_DETAILS).isEmpty()
                            || p.section(Section.PERFORMANCE_HIGHLIGHTS).isEmpty()))
            .size(),
        "papers lacking a standard section");
    List<Paper> extra =
        papers(p -> p.sections().stream().anyMatch(s -> !STANDARD_LABELS.contains(s.label())));
    assertEquals(30, extra.size(), "papers with extra labels");
    assertEquals(28, extra.stream().map(Paper::date).distinct().count(), "files with extra labels");
  }

  /**
   * No vote count in the first 6 files (no {@code Vote:} line) and in the 21 files that say {@code
   * Vote: -}; elsewhere counts run from 0 to 291.
   */
  @Test
  void votes() {
    assertEquals(
        27,
        papers(p -> p.votes().isEmpty()).stream().map(Paper::date).distinct().count(),
        "days with papers that have no vote count");
    assertEquals(
        List.of(),
        ids(p -> p.date().isBefore(LocalDate.of(2023, 12, 6)) && p.votes().isPresent()),
        "papers with a vote count in the first 6 files");
    var counts =
        corpus.papers().stream()
            .filter(p -> p.votes().isPresent())
            .mapToInt(p -> p.votes().getAsInt())
            .summaryStatistics();
    assertEquals(0, counts.getMin(), "lowest vote count");
    assertEquals(291, counts.getMax(), "highest vote count");
  }

  /**
   * Video entries: 152 papers in 57 files from 2023-11-21 to 2024-03-07, none with an image. (The
   * README says 151; the 151 {@code [Watch Video]} lines miss the one {@code <video src='...'>}
   * entry of 2023-11-21.)
   */
  @Test
  void videos() {
    List<Paper> videos = papers(p -> p.videoUrl() != null);
    assertEquals(152, videos.size(), "papers with a video");
    assertEquals(57, videos.stream().map(Paper::date).distinct().count(), "files with a video");
    assertEquals(
        List.of(),
        videos.stream()
            .filter(
                p ->
                    p.thumbnailUrl() != null
                        || p.date().isBefore(LocalDate.of(2023, 11, 21))
                        || p.date().isAfter(LocalDate.of(2024, 3, 7))
                        || !p.videoUrl().endsWith(".mp4"))
            .map(Paper::id)
            .toList(),
        "video entries out of range, without .mp4 or with an image");
  }

  /**
   * Only 2023-11-20 lacks {@code Authors:} lines; no {@code +} marker or Python-list debris is left
   * in a name; the longest line ("Humanity's Last Exam", 2025-01-27) has 663 names.
   */
  @Test
  void authors() {
    assertEquals(
        Set.of(LocalDate.of(2023, 11, 20)),
        papers(p -> p.authors().isEmpty()).stream().map(Paper::date).collect(Collectors.toSet()),
        "days with papers without authors");
    assertEquals(
        List.of(),
        ids(
            p ->
                p.authors().stream()
                    .anyMatch(
                        n ->
                            n.equals("+")
                                || n.isBlank()
                                || n.startsWith("[")
                                || n.endsWith("]")
                                || n.startsWith("'")
                                || n.startsWith("\""))),
        "papers with a leftover marker in an author name");
    List<Paper> lastExam =
        papers(
            p ->
                p.title().equals("Humanity's Last Exam")
                    && p.date().equals(LocalDate.of(2025, 1, 27)));
    assertEquals(
        List.of(663),
        lastExam.stream().map(p -> p.authors().size()).toList(),
        "authors of Humanity's Last Exam");
  }

  /**
   * The JSON-decoding control characters (U+0008, U+000C, TAB) and markdown emphasis must not
   * reach the indexed text; summaries keep only {@code \n} between their parts.
   */
  @Test
  void textIsClean() {
    assertEquals(
        List.of(),
        ids(p -> hasControlCharacter(p.summaryText())),
        "summaries with control characters");
    assertEquals(List.of(), ids(p -> p.summaryText().contains("**")), "summaries with **");
    assertEquals(
        List.of(),
        ids(
            p ->
                hasControlCharacter(p.title())
                    || p.authors().stream().anyMatch(CorpusCountsTest::hasControlCharacter)),
        "titles or authors with control characters");
    assertEquals(
        List.of(),
        ids(
            p ->
                p.sections().stream()
                    .anyMatch(s -> s.label().contains("*") || s.text().isBlank())),
        "sections with asterisks in the label or an empty body");
  }

  /** The heading date always matches the file name; every link is an arXiv abstract page. */
  @Test
  void datesAndLinks() {
    assertEquals(
        List.of(),
        ids(p -> !DigestPaths.dateOf(p.source().file()).orElseThrow().equals(p.date())),
        "papers dated differently from their file");
    assertEquals(
        List.of(),
        ids(p -> !p.url().equals("https://arxiv.org/abs/" + p.id())),
        "papers with another link");
  }

  private static boolean inEra2(LocalDate date) {
    return !date.isBefore(ERA_2) && date.isBefore(ERA_3);
  }

  private static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(c -> c != '\n' && Character.isISOControl(c));
  }

  private static List<Paper> papers(Predicate<Paper> filter) {
    return corpus.papers().stream().filter(filter).toList();
  }

  /** Ids and days of the papers that match, for a failure message that says where to look. */
  private static List<String> ids(Predicate<Paper> filter) {
    return papers(filter).stream().map(p -> p.id() + " (" + p.source() + ")").toList();
  }
}
