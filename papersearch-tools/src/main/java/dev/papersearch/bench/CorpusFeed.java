package dev.papersearch.bench;

import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.Paper;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Parses the corpus and hands every paper to a sink, {@code scale} times over. Copy {@code k > 0}
 * gets ids {@code <arXiv id>~k}, so a scaled corpus holds {@code scale ×} as many distinct papers
 * with the same text, and every copy is parsed again: the cost measured is parse + analyze + index.
 */
final class CorpusFeed {

  private final Path corpus;

  CorpusFeed(Path corpus) {
    this.corpus = corpus;
  }

  /** Feeds the corpus {@code scale} times; returns the number of papers fed. */
  int feed(int scale, Consumer<Paper> sink) {
    int[] count = {0};
    for (int copy = 0; copy < scale; copy++) {
      int k = copy;
      new CorpusReader()
          .read(
              corpus,
              file -> {
                for (Paper paper : file.papers()) {
                  sink.accept(k == 0 ? paper : copy(paper, k));
                  count[0]++;
                }
              });
    }
    return count[0];
  }

  private static Paper copy(Paper p, int k) {
    return new Paper(
        p.id() + "~" + k,
        p.url(),
        p.title(),
        p.date(),
        p.votes(),
        p.authors(),
        p.thumbnailUrl(),
        p.videoUrl(),
        p.bullets(),
        p.sections(),
        p.source());
  }
}
