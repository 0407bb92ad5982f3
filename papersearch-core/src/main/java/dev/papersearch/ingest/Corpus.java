package dev.papersearch.ingest;

import java.util.List;

/**
 * Everything read from a folder of digests: the papers to index and the problems to report.
 *
 * @param files digest files read
 * @param blocks paper blocks seen, parsed or not
 * @param papers distinct papers in date order; a paper listed on several days appears once, on the
 *     first of them (see {@link CorpusReader})
 * @param repeats papers that were dropped because their id had appeared on an earlier day
 * @param problems what to report, in file order: blocks and files that could not be parsed, lines
 *     that are not UTF-8, headings dated unlike their file, titles that differ under one id
 */
public record Corpus(
    int files, int blocks, List<Paper> papers, List<Paper> repeats, List<ParseResult.Problem> problems) {

  public Corpus {
    papers = List.copyOf(papers);
    repeats = List.copyOf(repeats);
    problems = List.copyOf(problems);
  }
}
