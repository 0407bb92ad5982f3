package dev.papersearch.eval;

import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.analysis.Synonyms;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.QueryOptions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
          papers -> new ShippedSystem(papers, KoreanOptions.SHIPPED.withDefaultStopTags()),
          "papersearch-no-votes",
          papers -> new ShippedSystem(papers, KoreanOptions.SHIPPED, QueryOptions.shipped().withVotesPrior(0)),
          "papersearch-no-synonyms",
          papers -> new ShippedSystem(papers, KoreanOptions.SHIPPED, QueryOptions.shipped().withSynonyms(Synonyms.NONE)));

  /** Baselines first, the shipped system last, as the table prints them. */
  static final List<String> DEFAULT_ORDER = List.of("standard", "cjk", "nori-default", "papersearch");

  /** The shipped system with one analysis choice changed, to show why each choice was made. */
  static final List<String> ABLATIONS = List.of(
          "papersearch-mixed",
          "papersearch-discard",
          "papersearch-inflections",
          "papersearch-nori-stoptags",
          "papersearch-no-votes",
          "papersearch-no-synonyms");
}
