package dev.papersearch.eval;

import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.QueryOptions;
import dev.papersearch.search.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The systems {@code eval} can compare, by name. */
final class Systems {

  private Systems() {}

  static final Map<String, Function<List<Paper>, RankingSystem>> ALL =
      Map.of(
          "standard",
          papers ->
              new BaselineSystem(papers, new StandardAnalyzer(), new StandardAnalyzer(), new StandardAnalyzer()),
          "cjk",
          papers -> new BaselineSystem(papers, new CJKAnalyzer(), new CJKAnalyzer(), new CJKAnalyzer()),
          "nori-default",
          papers ->
              new BaselineSystem(papers, new EnglishAnalyzer(), new KoreanAnalyzer(), new StandardAnalyzer()),
          "papersearch",
          papers -> new ShippedSystem(papers, KoreanOptions.SHIPPED),
          "papersearch-mixed",
          papers -> new ShippedSystem(papers, KoreanOptions.SHIPPED.withDecompound(DecompoundMode.MIXED)),
          "papersearch-discard",
          papers -> new ShippedSystem(papers, KoreanOptions.SHIPPED.withDecompound(DecompoundMode.DISCARD)),
          "papersearch-inflections",
          papers -> new ShippedSystem(papers, KoreanOptions.SHIPPED.withInflectionsSplit(true)),
          "papersearch-nori-stoptags",
          papers -> new ShippedSystem(papers, KoreanOptions.SHIPPED.withDefaultStopTags()));

  /** The shipped system without query stages: {@code papersearch-no-} and their labels joined by {@code +}. */
  private static final String WITHOUT = "papersearch-no-";

  /** The name of the shipped system without {@code stages}. */
  static String without(Set<Stage> stages) {
    return WITHOUT + stages.stream().sorted().map(Stage::label).collect(Collectors.joining("+"));
  }

  /** The system called {@code name}, or empty when there is none. */
  static Optional<Function<List<Paper>, RankingSystem>> named(String name) {
    if (ALL.containsKey(name)) {
      return Optional.of(ALL.get(name));
    }
    if (!name.startsWith(WITHOUT)) {
      return Optional.empty();
    }
    Set<Stage> off = EnumSet.noneOf(Stage.class);
    for (String label : name.substring(WITHOUT.length()).split("\\+")) {
      Optional<Stage> stage = Stage.byLabel(label);
      if (stage.isEmpty()) {
        return Optional.empty();
      }
      off.add(stage.get());
    }
    QueryOptions options = QueryOptions.shipped().without(off);
    return Optional.of(papers -> new ShippedSystem(papers, KoreanOptions.SHIPPED, options));
  }

  /** Baselines first, the shipped system last, as the table prints them. */
  static final List<String> DEFAULT_ORDER = List.of("standard", "cjk", "nori-default", "papersearch");

  /**
   * The shipped system with one analysis choice changed, then without each query {@link Stage} in
   * turn, to show why each choice was made and what each stage adds.
   */
  static final List<String> ABLATIONS =
      Stream.concat(
              Stream.of("papersearch-mixed", "papersearch-discard", "papersearch-inflections", "papersearch-nori-stoptags"),
              Stage.switchable().stream().map(stage -> without(EnumSet.of(stage))))
          .toList();
}
