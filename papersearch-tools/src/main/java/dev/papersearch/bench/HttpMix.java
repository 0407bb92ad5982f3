package dev.papersearch.bench;

import dev.papersearch.eval.DevSet;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.DateRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * The requests of the HTTP load (issue #23): thousands of distinct ones, as readers send them, so that
 * no cache can stand in for search. Each query text of the dev set in each of the corpus's last
 * {@link #MONTHS} months, in each {@link #SORTS order}, on each of the first {@link #PAGES} pages, in
 * a seeded shuffle; and the same texts and months once each as the bare Lucene peer searches them (no
 * order or page of its own), for the peer's single-thread rate on the same queries.
 *
 * @param paths the API paths, shuffled
 * @param peerQueries each text in each month, once
 * @param texts how many distinct query texts
 * @param source where the texts came from
 */
record HttpMix(List<String> paths, List<BenchQuery> peerQueries, int texts, String source) {

  static final int MONTHS = 12;
  static final List<String> SORTS = List.of("relevance", "date", "votes");
  static final int PAGES = 2;
  private static final long SEED = 23;

  /** The dev set's queries, where {@code eval} reads them; the bench mix's texts where it is absent. */
  static final Path DEV_QUERIES = Path.of("config/eval/dailypapers-dev.tsv");

  HttpMix {
    paths = List.copyOf(paths);
    peerQueries = List.copyOf(peerQueries);
  }

  /** The mix of {@code papers}' last months over the dev queries, or over {@code mix}'s texts without them. */
  static HttpMix of(List<Paper> papers, List<BenchQuery> mix) {
    List<String> texts;
    String source;
    if (Files.exists(DEV_QUERIES)) {
      texts = DevSet.texts(DEV_QUERIES).stream().distinct().toList();
      source = "the " + texts.size() + " queries of " + DEV_QUERIES;
    } else {
      texts = mix.stream().map(BenchQuery::text).filter(t -> !t.isBlank()).distinct().toList();
      source = "the " + texts.size() + " texts of the query mix (" + DEV_QUERIES + " is absent)";
    }
    List<YearMonth> months = lastMonths(papers);
    List<String> paths = new ArrayList<>();
    List<BenchQuery> peer = new ArrayList<>();
    for (String text : texts) {
      for (YearMonth month : months) {
        BenchQuery query = new BenchQuery("http", text, new DateRange(month.atDay(1), month.atEndOfMonth()));
        peer.add(query);
        for (String sort : SORTS) {
          for (int page = 1; page <= PAGES; page++) {
            paths.add(query.apiPath() + "&sort=" + sort + "&page=" + page);
          }
        }
      }
    }
    Collections.shuffle(paths, new Random(SEED));
    Collections.shuffle(peer, new Random(SEED));
    return new HttpMix(paths, peer, texts.size(), source);
  }

  /** The last {@link #MONTHS} months that have papers, oldest first. */
  private static List<YearMonth> lastMonths(List<Paper> papers) {
    TreeSet<YearMonth> months = new TreeSet<>();
    for (Paper p : papers) {
      months.add(YearMonth.from(p.date()));
    }
    List<YearMonth> all = new ArrayList<>(months);
    return all.subList(Math.max(0, all.size() - MONTHS), all.size());
  }

  /**
   * The paths from {@code start} on, wrapping: each load level begins where the one before left off,
   * so that no level sends what an earlier one sent while the mix lasts.
   */
  List<String> from(int start) {
    if (paths.isEmpty()) {
      return paths;
    }
    int at = Math.floorMod(start, paths.size());
    List<String> rotated = new ArrayList<>(paths.subList(at, paths.size()));
    rotated.addAll(paths.subList(0, at));
    return rotated;
  }
}
