package dev.papersearch.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one benchmark run measured, as the report and the plot read it.
 *
 * @param typing the typing inputs beside whole terms, {@code null} when not measured
 * @param httpMix the distinct requests of the HTTP load and the same queries for the peers
 * @param distinct single-thread rates on the HTTP mix's distinct queries: bare Lucene-Nori, papersearch
 * @param stages what each stage of papersearch's searches costs at scale 1, {@code null} when not measured
 */
record BenchResults(
    BenchConfig config,
    MachineFacts machine,
    CorpusStats corpus,
    List<BenchQuery> mix,
    List<TokenizerBench.Result> tokenizers,
    List<ColdIndexing> cold,
    List<IndexingResult> indexing,
    List<LatencyBench.Result> search,
    TypingBench.Result typing,
    StageCosts stages,
    HttpMix httpMix,
    List<DistinctRate> distinct,
    HttpBench.Result http,
    String httpNote,
    String loadAtEnd,
    Instant finished,
    double seconds) {

  /** The single-thread rate of {@code system} on the HTTP mix's distinct queries, if measured. */
  Optional<DistinctRate> distinct(String system) {
    return distinct.stream().filter(d -> d.system().equals(system)).findFirst();
  }

  /** The corpus as parsed once: files, distinct papers and UTF-8 bytes of summary text. */
  record CorpusStats(int files, int papers, long summaryBytes) {}

  /** One system indexing once in a fresh JVM: JVM start to exit, and the indexing inside it. */
  record ColdIndexing(String system, double wallSeconds, double indexSeconds) {}

  /**
   * Warm indexing of one system at one scale.
   *
   * @param runSeconds every timed run; the median is the figure
   */
  record IndexingResult(String system, int scale, int papers, long summaryBytes, List<Double> runSeconds, long indexBytes) {

    double seconds() {
      List<Double> sorted = runSeconds.stream().sorted().toList();
      return sorted.get((sorted.size() - 1) / 2);
    }

    double papersPerSecond() {
      return papers / seconds();
    }

    double mbPerSecond() {
      return summaryBytes / 1e6 / seconds();
    }
  }

  Optional<IndexingResult> indexing(String system, int scale) {
    return indexing.stream().filter(r -> r.system().equals(system) && r.scale() == scale).findFirst();
  }

  Optional<LatencyBench.Result> search(String system, boolean rich, int scale) {
    return search.stream()
        .filter(r -> r.system().equals(system) && r.rich() == rich && r.scale() == scale)
        .findFirst();
  }

  Optional<ColdIndexing> cold(String system) {
    return cold.stream().filter(r -> r.system().equals(system)).findFirst();
  }
}
