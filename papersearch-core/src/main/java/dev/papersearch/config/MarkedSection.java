package dev.papersearch.config;

import java.util.Optional;

/**
 * A part of a generated markdown file that another command owns, between {@code <!-- NAME:begin -->}
 * and {@code <!-- NAME:end -->}: the SolrCloud figures in docs/benchmarks.md come from {@code
 * solr-cluster bench}, the long queries' from {@code papersearch bench --long-queries}, and {@code
 * papersearch bench} keeps them when it rewrites the rest.
 *
 * @param name the marker name, e.g. {@code solr-bench}
 */
public record MarkedSection(String name) {

  /** The SolrCloud backend's figures in docs/benchmarks.md. */
  public static final MarkedSection SOLR_BENCH = new MarkedSection("solr-bench");

  /** What queries of the longest length cost, in docs/benchmarks.md. */
  public static final MarkedSection LONG_QUERIES = new MarkedSection("long-queries");

  private String begin() {
    return "<!-- " + name + ":begin -->";
  }

  private String end() {
    return "<!-- " + name + ":end -->";
  }

  /** The section with its markers, if {@code document} has it. */
  public Optional<String> in(String document) {
    int b = document.indexOf(begin());
    int e = document.indexOf(end(), Math.max(0, b));
    return b < 0 || e < 0 ? Optional.empty() : Optional.of(document.substring(b, e + end().length()));
  }

  /** {@code document} with the section's text replaced by {@code body}, or the section appended. */
  public String replaceIn(String document, String body) {
    return place(begin() + "\n" + body.strip() + "\n" + end(), document);
  }

  /**
   * {@code document} with the section that {@code from} holds, placed as {@link #replaceIn} places
   * it; {@code document} unchanged when {@code from} has none.
   */
  public String carryOver(String from, String document) {
    return in(from).map(section -> place(section, document)).orElse(document);
  }

  private String place(String section, String document) {
    return in(document)
        .map(old -> document.replace(old, section))
        .orElseGet(() -> document.stripTrailing() + "\n\n" + section + "\n");
  }
}
