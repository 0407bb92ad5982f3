package dev.papersearch.eval;

import dev.papersearch.ingest.Corpus;
import dev.papersearch.ingest.CorpusReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The daily-papers known-item set: the real corpus and a TSV of {@code qid kind query relevant}
 * (relevant ids comma-separated), with a header line.
 */
public final class DevSet {

  private DevSet() {}

  public static EvalSet load(Path corpus, Path tsv) {
    Corpus papers = new CorpusReader().read(corpus, CorpusReader.QUIETLY);
    Set<String> known = new HashSet<>();
    papers.papers().forEach(p -> known.add(p.id()));
    return new EvalSet("daily papers dev", papers.papers(), queries(tsv, known));
  }

  /** The queries of {@code tsv}; a relevant id not in {@code known} is an error naming its line. */
  public static List<EvalQuery> queries(Path tsv, Set<String> known) {
    List<EvalQuery> queries = new ArrayList<>();
    for (Row row : rows(tsv)) {
      String[] cols = row.cols();
      Set<String> relevant = Set.copyOf(Arrays.stream(cols[3].split(",")).map(String::strip).toList());
      for (String id : relevant) {
        if (!known.contains(id)) {
          throw new IllegalArgumentException(tsv + ":" + row.line() + ": relevant id " + id + " is not in the corpus");
        }
      }
      queries.add(new EvalQuery(cols[0], cols[1], cols[2], relevant));
    }
    return queries;
  }

  /** The query texts of {@code tsv}, in order, whatever papers they name (for load, not relevance). */
  public static List<String> texts(Path tsv) {
    return rows(tsv).stream().map(row -> row.cols()[2]).toList();
  }

  /** A row of the file and its line number. */
  private record Row(int line, String[] cols) {}

  private static List<Row> rows(Path tsv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read queries " + tsv + ": " + e.getMessage(), e);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 4 || cols.length > 5) {
        // A fifth column is a note on the row (the cross-language sets' renderings), not read here.
        throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected 4 or 5 tab-separated columns, got " + cols.length);
      }
      rows.add(new Row(i + 1, cols));
    }
    return rows;
  }
}
