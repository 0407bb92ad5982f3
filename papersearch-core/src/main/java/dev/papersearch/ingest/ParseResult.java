package dev.papersearch.ingest;

/** What became of one {@code ### [title](url)} block: a paper, or a problem that says where and why. */
public sealed interface ParseResult {

  /** The block parsed into a paper. */
  record Parsed(Paper paper) implements ParseResult {}

  /** The block could not be parsed; its neighbours are unaffected. */
  record Problem(SourceLine where, String reason) implements ParseResult {
    @Override
    public String toString() {
      return where + ": " + reason;
    }
  }
}
