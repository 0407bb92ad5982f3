package dev.papersearch.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One paper as it appears in a daily digest: the header fields of a {@code ### [title](url)} block
 * and its Korean summary.
 *
 * <p>The summary comes in two shapes. Digests up to 2024-06-11 have plain bullets with no labels:
 * they land in {@link #bullets()} and {@link #sections()} is empty. Later digests label their bullets
 * ({@code What's New}, {@code Technical Details}, ...): each label becomes a {@link Section}, and any
 * bullet before the first label stays in {@link #bullets()}.
 *
 * @param id arXiv id such as {@code 2410.09342}; the identity of a paper across days
 * @param url the link as written in the digest
 * @param title the English title exactly as written, LaTeX and markdown characters kept
 * @param date the digest day the paper appeared on
 * @param votes Hugging Face upvotes; empty when the digest has no {@code Vote:} line or says {@code Vote: -}
 * @param authors author names in digest order; the literal {@code +} that marks a cut list is dropped
 * @param thumbnailUrl the {@code ![](…)} image, or {@code null}
 * @param videoUrl the {@code [Watch Video]} link, or {@code null}
 * @param bullets unlabelled summary bullets
 * @param sections labelled summary sections in digest order
 * @param source where the block starts, for messages
 */
public record Paper(
    String id,
    String url,
    String title,
    LocalDate date,
    OptionalInt votes,
    List<String> authors,
    String thumbnailUrl,
    String videoUrl,
    List<String> bullets,
    List<Section> sections,
    SourceLine source) {

  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(votes, "votes");
    authors = List.copyOf(authors);
    bullets = List.copyOf(bullets);
    sections = List.copyOf(sections);
  }

  /** The whole summary as plain text, one bullet or section per line, labels left out. */
  public String summaryText() {
    return summaryText(bullets, sections.stream().map(Section::text).toList());
  }

  /** The summary text of a paper with these bullets and section texts, as {@link #summaryText()}. */
  public static String summaryText(List<String> bullets, List<String> sectionTexts) {
    StringBuilder text = new StringBuilder();
    for (String bullet : bullets) {
      text.append(bullet).append('\n');
    }
    for (String section : sectionTexts) {
      text.append(section).append('\n');
    }
    return text.toString().strip();
  }

  /** The section with this label (compared ignoring case), if the paper has one. */
  public java.util.Optional<Section> section(String label) {
    return sections.stream().filter(s -> s.label().equalsIgnoreCase(label)).findFirst();
  }
}
