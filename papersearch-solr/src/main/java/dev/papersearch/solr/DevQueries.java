package dev.papersearch.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The relevance dev set's queries (config/eval/dailypapers-dev.tsv: {@code qid kind query relevant}
 * under a header line), for comparing and timing the backends on the same mix.
 *
 * @param qid the query's id
 * @param text the query as a user typed it
 */
public record DevQueries(String qid, String text) {

  public static final Path DEFAULT = Path.of("config/eval/dailypapers-dev.tsv");

  /** The queries of {@code tsv} in file order. */
  public static List<DevQueries> read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<DevQueries> queries = new ArrayList<>();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] cols = line.split("\t");
      if (!line.isBlank() && !line.startsWith("#") && cols.length >= 3) {
        queries.add(new DevQueries(cols[0], cols[2]));
      }
    }
    return queries;
  }
}
