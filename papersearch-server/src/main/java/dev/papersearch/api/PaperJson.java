package dev.papersearch.api;

import dev.papersearch.ingest.Paper;
import dev.papersearch.ingest.Section;
import java.util.List;

/** The JSON shape of a whole paper, as {@code GET /api/papers/{id}} returns it. */
record PaperJson(
    String id,
    String url,
    String title,
    String date,
    Integer votes,
    List<String> authors,
    String thumbnailUrl,
    String videoUrl,
    List<String> bullets,
    List<Section> sections) {

  static PaperJson of(Paper paper) {
    return new PaperJson(
        paper.id(),
        paper.url(),
        paper.title(),
        paper.date().toString(),
        paper.votes().isPresent() ? paper.votes().getAsInt() : null,
        paper.authors(),
        paper.thumbnailUrl(),
        paper.videoUrl(),
        paper.bullets(),
        paper.sections());
  }
}
