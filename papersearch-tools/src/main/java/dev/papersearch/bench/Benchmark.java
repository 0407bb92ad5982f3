package dev.papersearch.bench;

import dev.papersearch.config.LoadAverage;
import dev.papersearch.config.MarkedSection;
import dev.papersearch.eval.TypingTerms;
import dev.papersearch.index.Folders;
import dev.papersearch.ingest.Corpus;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs every part of {@code papersearch bench} in order and hands the figures to the report.
 *
 * <p>The order keeps the parts from disturbing each other: child JVMs (cold indexing) run while this
 * JVM is still idle; the warm parts then share one JIT-compiled JVM; the HTTP server runs last, in
 * its own JVM, with this one idle again.
 */
public final class Benchmark {

  private final BenchConfig config;
  private final Consumer<String> log;
  private final ChildJvm jvm = ChildJvm.ofThisBuild();

  public Benchmark(BenchConfig config, Consumer<String> log) {
    this.config = config;
    long started = System.nanoTime();
    // Elapsed time on every line tells where a long run spends it.
    this.log = line -> log.accept(Fmt.f("[%6.1f s] %s", (System.nanoTime() - started) / 1e9, line));
  }

  /** Measures everything, writes the report and its plot, and returns the report's text. */
  public String runAndWrite() {
    BenchResults results = run();
    Path svg = svgPath(config.out());
    String markdown = new MarkdownReport(results, Targets.check(results)).render(svg.getFileName().toString());
    write(svg, new SvgPlot(results).render());
    write(config.out(), keepOtherFigures(config.out(), markdown));
    return markdown;
  }

  /**
   * The sections that {@code solr-cluster bench} and {@code bench --long-queries} wrote into the old
   * report, carried over.
   */
  private static String keepOtherFigures(Path report, String markdown) {
    try {
      String old = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
      return MarkedSection.LONG_QUERIES.carryOver(old, MarkedSection.SOLR_BENCH.carryOver(old, markdown));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + report + ": " + e.getMessage(), e);
    }
  }

  static Path svgPath(Path markdown) {
    String name = markdown.getFileName().toString().replaceFirst("\\.md$", "");
    return markdown.resolveSibling(name + ".svg");
  }

  BenchResults run() {
    long started = System.nanoTime();
    Path work = tempDir();
    try {
      MachineFacts machine = MachineFacts.collect();
      List<BenchQuery> mix = QueryMix.load();
      Corpus corpus = new CorpusReader().read(config.corpus(), CorpusReader.QUIETLY);
      List<String> summaries = corpus.papers().stream().map(Paper::summaryText).toList();
      long bytes = summaries.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
      BenchResults.CorpusStats stats = new BenchResults.CorpusStats(corpus.files(), corpus.papers().size(), bytes);
      log.accept(String.format("Corpus: %,d files, %,d papers, %.1f MB of summaries", corpus.files(), stats.papers(), bytes / 1e6));

      List<BenchResults.ColdIndexing> cold = config.coldIndexing() ? coldIndexing(work) : List.of();
      log.accept("Tokenization alone");
      List<TokenizerBench.Result> tokenizers = TokenizerBench.run(summaries, bytes, config.tokenizerSeconds());
      List<BenchResults.IndexingResult> indexing = new ArrayList<>();
      List<LatencyBench.Result> search = new ArrayList<>();
      List<TypingBench.Result> typing = new ArrayList<>();
      List<StageCosts> stages = new ArrayList<>();
      HttpMix httpMix = HttpMix.of(corpus.papers(), mix);
      List<DistinctRate> distinct = new ArrayList<>();
      Path serveIndex =
          warmIndexingAndSearch(work, mix, corpus.papers(), bytes, indexing, search, typing, stages, httpMix, distinct);

      HttpBench.Result http = null;
      String httpNote = "";
      if (config.load().equals("none")) {
        httpNote = "HTTP part skipped (--load none).";
      } else {
        List<String> why = new ArrayList<>();
        LoadClient client = LoadClient.choose(config.load(), why::add);
        httpNote = String.join(" ", why);
        why.forEach(log);
        log.accept("HTTP server (" + client.name() + ")");
        http = HttpBench.run(jvm, serveIndex, mix, httpMix, client, config, work, log);
      }
      return new BenchResults(
          config, machine, stats, mix, tokenizers, cold, indexing, search, typing.isEmpty() ? null : typing.get(0),
          stages.isEmpty() ? null : stages.get(0), httpMix, distinct, http, httpNote,
          LoadAverage.now(), Instant.now(),
          (System.nanoTime() - started) / 1e9);
    } finally {
      Folders.delete(work);
    }
  }

  private List<BenchResults.ColdIndexing> coldIndexing(Path work) {
    List<BenchResults.ColdIndexing> cold = new ArrayList<>();
    for (EngineSpec spec : EngineSpec.ALL) {
      Path dir = work.resolve("cold-" + spec.name());
      List<String> cmd = jvm.mainClass(IndexOnce.class, List.of(spec.name(), config.corpus().toString(), dir.toString(), "1"));
      ChildJvm.Finished done = ChildJvm.run(cmd, work.resolve("cold-" + spec.name() + ".log"), 600);
      String line =
          done.output().lines().filter(l -> l.startsWith(IndexOnce.RESULT_PREFIX)).findFirst()
              .orElseThrow(() -> new IllegalStateException("cold indexing of " + spec.name() + " failed:\n" + done.output()));
      long nanos = Long.parseLong(line.substring(IndexOnce.RESULT_PREFIX.length()).split(" ")[0]);
      cold.add(new BenchResults.ColdIndexing(spec.name(), done.wallNanos() / 1e9, nanos / 1e9));
      log.accept(String.format("Cold indexing %s: %.2f s JVM start to exit, %.2f s indexing", spec.name(), done.wallNanos() / 1e9, nanos / 1e9));
      Folders.delete(dir);
    }
    return cold;
  }

  /**
   * Indexes with every system at every scale in this JVM, then runs the query mix on the last index
   * built, and on papersearch's scale-1 index the typing inputs of {@code papers}; returns that index,
   * kept for the server.
   */
  private Path warmIndexingAndSearch(
      Path work, List<BenchQuery> mix, List<Paper> papers, long bytes, List<BenchResults.IndexingResult> indexing,
      List<LatencyBench.Result> search, List<TypingBench.Result> typing, List<StageCosts> stages, HttpMix httpMix,
      List<DistinctRate> distinct) {
    Path serveIndex = null;
    for (int scale : config.scales()) {
      for (EngineSpec spec : EngineSpec.ALL) {
        // At scale 1 one untimed run warms the JIT; larger scales run once in the warmed JVM.
        int runs = scale == 1 ? 1 + config.warmRuns() : 1;
        List<Double> seconds = new ArrayList<>();
        Indexing.Built built = null;
        Path dir = null;
        for (int run = 0; run < runs; run++) {
          if (built != null) {
            close(built.engine());
            Folders.delete(dir);
          }
          dir = work.resolve(spec.name() + "-x" + scale + "-" + run);
          System.gc(); // so that one run's garbage is not collected on the next run's clock
          built = Indexing.build(spec, config.corpus(), dir, scale);
          if (scale > 1 || run > 0) {
            seconds.add(built.nanos() / 1e9);
          }
        }
        BenchResults.IndexingResult result =
            new BenchResults.IndexingResult(spec.name(), scale, built.papers(), bytes * scale, seconds, built.bytesOnDisk());
        indexing.add(result);
        log.accept(String.format("Indexing %s x%d: %,d papers in %.2f s, %.1f MB on disk", spec.name(), scale, result.papers(), result.seconds(), result.indexBytes() / 1e6));
        // Latency at scale 1 and at the full scale; points in between only add to the indexing plot.
        boolean measureSearch = scale == 1 || scale == config.scale();
        for (boolean rich : !measureSearch ? List.<Boolean>of() : spec.richOnly() ? List.of(true) : List.of(false, true)) {
          LatencyBench.Result r = LatencyBench.run(spec.name(), built.engine(), rich, mix, scale, config);
          search.add(r);
          log.accept(String.format("  search%s: p50 %.3f ms, p99 %.3f ms, %.0f QPS, %.3f ms CPU/query", rich ? " (highlights+facets)" : "", r.latency().p50(), r.latency().p99(), r.qps(), r.cpuMillis()));
        }
        if (scale == 1 && (spec.name().equals(EngineSpec.PAPERSEARCH) || spec.name().equals(EngineSpec.NORI_DEFAULT))) {
          boolean rich = spec.name().equals(EngineSpec.PAPERSEARCH);
          DistinctRate rate = DistinctRate.run(spec.name(), built.engine(), rich, httpMix.peerQueries());
          distinct.add(rate);
          log.accept(String.format("  %,d distinct queries once each: %.0f QPS", rate.queries(), rate.qps()));
        }
        if (scale == 1 && built.engine() instanceof PapersearchEngine papersearch) {
          // Right after the query mix, in the same warm JVM: the whole queries' figures are its peers.
          stages.add(StageCosts.run(papersearch, mix));
          typing.add(typing(papersearch, papers));
        }
        close(built.engine());
        if (scale == 1 && spec.name().equals(EngineSpec.PAPERSEARCH)) {
          serveIndex = dir;
        } else {
          Folders.delete(dir);
        }
      }
    }
    return serveIndex;
  }

  /** The typing sets' terms of {@code papers}: the dev terms timed, the held-out ones the warm-up. */
  private TypingBench.Result typing(PapersearchEngine engine, List<Paper> papers) {
    TypingTerms terms = TypingTerms.of(papers);
    log.accept(Fmt.f("Typing inputs: %d terms timed, %d for the warm-up", terms.dev().size(), terms.heldOut().size()));
    TypingBench.Result r = TypingBench.run(engine, terms.dev(), terms.heldOut(), config.latencySeconds());
    log.accept(Fmt.f("  typing p50 %.3f ms, p99 %.3f ms; whole p50 %.3f ms, p99 %.3f ms; suggest p50 %.3f ms, p99 %.3f ms",
        r.typing().latency().p50(), r.typing().latency().p99(), r.whole().latency().p50(), r.whole().latency().p99(),
        r.suggest().latency().p50(), r.suggest().latency().p99()));
    return r;
  }

  private static void close(Engine engine) {
    try {
      engine.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("papersearch-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
