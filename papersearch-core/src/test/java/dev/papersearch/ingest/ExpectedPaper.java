package dev.papersearch.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * A golden paper, written out field by field in a test and compared with what the parser produced.
 *
 * <p>Fields the builder is not told about are expected to be absent (no votes, no authors, no
 * thumbnail, no video, no bullets, no sections), so a golden paper states every field of {@link
 * Paper}: a parser that starts filling a field it should leave empty fails the test. The comparison
 * reports each differing field by name, which reads better than one long record {@code toString}.
 */
final class ExpectedPaper {

  private static final String ARXIV = "https://arxiv.org/abs/";
  private static final String HF_THUMBNAILS =
      "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/";

  private final SourceLine source;
  private final LocalDate date;
  private String id;
  private String url;
  private String title;
  private OptionalInt votes = OptionalInt.empty();
  private List<String> authors = List.of();
  private String thumbnailUrl;
  private String videoUrl;
  private List<String> bullets = List.of();
  private final List<Section> sections = new ArrayList<>();

  private ExpectedPaper(SourceLine source, LocalDate date) {
    this.source = source;
    this.date = date;
  }

  /** A paper whose {@code ###} heading is on {@code line} of {@code file}, dated {@code date}. */
  static ExpectedPaper at(Path file, int line, String date) {
    return new ExpectedPaper(new SourceLine(file, line), LocalDate.parse(date));
  }

  /** Linked as {@code https://arxiv.org/abs/<id>}, the form every real digest uses. */
  ExpectedPaper arxiv(String id, String title) {
    return link(id, ARXIV + id, title);
  }

  /**
   * A paper linked with a versioned arXiv URL ({@code …/abs/IDv1}). Fixtures whose title is a real
   * paper's use it, so that no fixture line is identical to a line of the licensed corpus.
   */
  ExpectedPaper arxivV1(String id, String title) {
    return link(id, ARXIV + id + "v1", title);
  }

  ExpectedPaper link(String id, String url, String title) {
    this.id = id;
    this.url = url;
    this.title = title;
    return this;
  }

  ExpectedPaper votes(int votes) {
    this.votes = OptionalInt.of(votes);
    return this;
  }

  ExpectedPaper authors(String... names) {
    return authors(List.of(names));
  }

  ExpectedPaper authors(List<String> names) {
    this.authors = List.copyOf(names);
    return this;
  }

  ExpectedPaper thumbnail(String url) {
    this.thumbnailUrl = url;
    return this;
  }

  /** The {@code cdn-thumbnails.huggingface.co/.../<id>.png} image of most digests since 2024-02. */
  ExpectedPaper hfThumbnail() {
    return thumbnail(HF_THUMBNAILS + id + ".png");
  }

  ExpectedPaper video(String url) {
    this.videoUrl = url;
    return this;
  }

  ExpectedPaper bullets(String... bullets) {
    this.bullets = List.of(bullets);
    return this;
  }

  /** A labelled section whose body is {@code lines} joined by newlines. */
  ExpectedPaper section(String label, String... lines) {
    sections.add(new Section(label, String.join("\n", lines)));
    return this;
  }

  Paper toPaper() {
    return new Paper(
        id, url, title, date, votes, authors, thumbnailUrl, videoUrl, bullets, sections, source);
  }

  /** Asserts that {@code actual} equals this golden paper in every field. */
  void assertMatches(Paper actual) {
    Paper expected = toPaper();
    assertAll(
        "paper " + id + " at " + source,
        () -> assertEquals(expected.id(), actual.id(), "id"),
        () -> assertEquals(expected.url(), actual.url(), "url"),
        () -> assertEquals(expected.title(), actual.title(), "title"),
        () -> assertEquals(expected.date(), actual.date(), "date"),
        () -> assertEquals(expected.votes(), actual.votes(), "votes"),
        () -> assertEquals(expected.authors(), actual.authors(), "authors"),
        () -> assertEquals(expected.thumbnailUrl(), actual.thumbnailUrl(), "thumbnailUrl"),
        () -> assertEquals(expected.videoUrl(), actual.videoUrl(), "videoUrl"),
        () -> assertEquals(expected.bullets(), actual.bullets(), "bullets"),
        () -> assertEquals(expected.sections(), actual.sections(), "sections"),
        () -> assertEquals(expected.source(), actual.source(), "source"));
    // Catches a component added to Paper later and not listed above.
    assertEquals(expected, actual);
  }

  /** Asserts that {@code actual} holds exactly the golden papers, in order. */
  static void assertPapers(List<Paper> actual, ExpectedPaper... expected) {
    assertEquals(
        Arrays.stream(expected).map(e -> e.id).toList(),
        actual.stream().map(Paper::id).toList(),
        "ids of the parsed papers, in file order");
    for (int i = 0; i < expected.length; i++) {
      expected[i].assertMatches(actual.get(i));
    }
  }
}
