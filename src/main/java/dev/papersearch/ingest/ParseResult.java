package dev.papersearch.ingest;

/** What became of one {@code ### [title](url)} block: a paper, or a problem that says where and why. */
public sealed interface ParseResult {

  /** The block parsed into a paper. */
  record Parsed(Paper paper) implements ParseResult {}

  /** The block could not be parsed; its neighbours are unaffected. */
  record Problem(SourceLine where, String reason, boolean isBlock) implements ParseResult {

    /** A problem with one paper block. */
    public Problem(SourceLine where, String reason) {
      this(where, reason, true);
    }

    /** A problem with a whole file (unreadable, not UTF-8), not with one block. */
    public static Problem ofFile(SourceLine where, String reason) {
      return new Problem(where, reason, false);
    }

    @Override
    public String toString() {
      return where + ": " + reason;
    }
  }
}
