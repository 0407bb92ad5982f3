package dev.papersearch.eval;

import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shipped system's whole answers to the evaluation sets, written as text, and two such dumps
 * compared: a refactoring of the query path must leave every id, rank, total, title and snippet as it
 * was, and every score within {@link #SCORE_TOLERANCE}.
 *
 * <p>One line a hit of the first page (ten): {@code set qid total rank id score title_html snippets},
 * tab-separated, the snippets joined by U+241F; a query without hits has one line with rank 0.
 */
public final class ResultDump {

  /** Scores may differ by float rounding when clauses are built in another order; no more. */
  static final double SCORE_TOLERANCE = 1e-5;

  private static final String SNIPPETS = "\u241F";

  private ResultDump() {}

  /** Indexes {@code corpus} into a new folder and writes the answers to every query of {@code sets}. */
  public static void write(Path corpus, List<Path> sets, Path out) {
    try {
      Path dir = Files.createTempDirectory("papersearch-dump");
      Set<String> known = new HashSet<>();
      List<String> lines = new ArrayList<>();
      try (PaperIndex index = PaperIndex.open(dir)) {
        new CorpusIndexer(index).index(corpus, CorpusReader.QUIETLY).corpus().papers().forEach(p -> known.add(p.id()));
        LuceneSearcher searcher = new LuceneSearcher(index);
        for (Path set : sets) {
          for (EvalQuery query : DevSet.queries(set, known)) {
            SearchResponse answer = searcher.search(SearchRequest.of(query.text()));
            String head = set.getFileName() + "\t" + query.qid() + "\t" + answer.total();
            if (answer.hits().isEmpty()) {
              lines.add(head + "\t0");
            }
            for (int rank = 0; rank < answer.hits().size(); rank++) {
              SearchResponse.Hit hit = answer.hits().get(rank);
              lines.add(
                  String.join(
                      "\t", head, String.valueOf(rank + 1), hit.id(), String.valueOf(hit.score()), hit.titleHtml(),
                      String.join(SNIPPETS, hit.snippets())));
            }
          }
        }
      }
      Files.write(out, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints every difference between two dumps; true when there is none. */
  public static boolean compare(Path before, Path after, PrintStream out) {
    List<String> a = read(before);
    List<String> b = read(after);
    int differences = 0;
    if (a.size() != b.size()) {
      out.println("line counts differ: " + a.size() + " and " + b.size());
      differences++;
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String[] x = a.get(i).split("\t", -1);
      String[] y = b.get(i).split("\t", -1);
      if (!same(x, y)) {
        out.println("line " + (i + 1) + ":\n  - " + a.get(i) + "\n  + " + b.get(i));
        differences++;
      }
    }
    out.printf("%d lines compared, %d differ (scores within %.0e)%n", a.size(), differences, SCORE_TOLERANCE);
    return differences == 0;
  }

  private static boolean same(String[] x, String[] y) {
    if (x.length != y.length) {
      return false;
    }
    for (int f = 0; f < x.length; f++) {
      boolean equal =
          f == 5 ? Math.abs(Double.parseDouble(x[f]) - Double.parseDouble(y[f])) <= SCORE_TOLERANCE : x[f].equals(y[f]);
      if (!equal) {
        return false;
      }
    }
    return true;
  }

  private static List<String> read(Path dump) {
    try {
      return Files.readAllLines(dump, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dump + ": " + e.getMessage(), e);
    }
  }
}
