package dev.papersearch.ingest;

import java.util.Objects;
import java.util.Optional;

/** What became of one {@code ### [title](url)} block: a paper, or a problem that says where and why. */
public sealed interface ParseResult {

  /** The block parsed into a paper. */
  record Parsed(Paper paper) implements ParseResult {}

  /**
   * Something in a digest to report, always with its line.
   *
   * @param cost what was left out because of it
   * @param paperId the arXiv id of the block at fault when its heading still names one: a running
   *     index keeps the copy it has of that paper rather than dropping it for a broken line
   */
  record Problem(SourceLine where, String reason, Cost cost, Optional<String> paperId) implements ParseResult {

    /** What a problem cost the index. */
    public enum Cost {
      /** The file could not be read at all. */
      FILE,
      /** One paper block was left out; its neighbours are unaffected. */
      BLOCK,
      /**
       * Nothing: the papers around the damage were indexed (bytes that are not UTF-8, read as U+FFFD;
       * a heading dated unlike the file's name).
       */
      NONE
    }

    public Problem {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(cost, "cost");
      Objects.requireNonNull(paperId, "paperId");
    }

    /** A block left out, whose heading named no paper. */
    public Problem(SourceLine where, String reason) {
      this(where, reason, Cost.BLOCK, Optional.empty());
    }

    @Override
    public String toString() {
      return where + ": " + reason;
    }
  }
}
