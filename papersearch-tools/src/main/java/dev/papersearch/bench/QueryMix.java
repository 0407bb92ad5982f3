package dev.papersearch.bench;

import dev.papersearch.search.DateRange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fixed query mix bundled as {@code /bench/queries.tsv}: kind, query, from, to. */
public final class QueryMix {

  private static final String RESOURCE = "/bench/queries.tsv";

  private QueryMix() {}

  public static List<BenchQuery> load() {
    InputStream in = QueryMix.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the class path");
    }
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<BenchQuery> queries = new ArrayList<>();
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
          throw new IllegalStateException(RESOURCE + ": expected 4 columns in '" + line + "'");
        }
        queries.add(new BenchQuery(cols[0], cols[1].strip(), new DateRange(day(cols[2]), day(cols[3]))));
      }
      return List.copyOf(queries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalDate day(String text) {
    return text.isBlank() ? null : LocalDate.parse(text.strip());
  }
}
