package dev.papersearch.bench;

import dev.papersearch.analysis.PaperAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;

/** Analysis alone, no index: the summaries through each summary analyzer, one thread and all cores. */
final class TokenizerBench {

  /**
   * @param mbPerSecond UTF-8 megabytes of summary text per second on one thread
   * @param mbPerSecondPerThread the same per thread when every core runs one
   */
  record Result(String analyzer, double mbPerSecond, double mbPerSecondPerThread, int threads, long tokensPerPass) {}

  private record Candidate(String name, Supplier<Analyzer> analyzer) {}

  private static final List<Candidate> ANALYZERS =
      List.of(
          new Candidate("papersearch Korean (Nori NONE + POS stop, reading form, stemming)", PaperAnalyzers::korean),
          new Candidate("Nori defaults (KoreanAnalyzer)", KoreanAnalyzer::new),
          new Candidate("CJK bigrams (CJKAnalyzer)", CJKAnalyzer::new));

  private TokenizerBench() {}

  static List<Result> run(List<String> texts, long bytes, double seconds) {
    int threads = Runtime.getRuntime().availableProcessors();
    List<Result> results = new ArrayList<>();
    for (Candidate c : ANALYZERS) {
      Analyzer analyzer = c.analyzer().get();
      long tokens = pass(analyzer, texts); // warm-up, and the token count
      double one = mbPerSecond(analyzer, texts, bytes, seconds);
      double perThread = perThread(analyzer, texts, bytes, seconds, threads);
      results.add(new Result(c.name(), one, perThread, threads, tokens));
      analyzer.close();
    }
    return results;
  }

  private static double perThread(Analyzer analyzer, List<String> texts, long bytes, double seconds, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Double>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tasks.add(() -> mbPerSecond(analyzer, texts, bytes, seconds));
      }
      double sum = 0;
      for (Future<Double> f : pool.invokeAll(tasks)) {
        sum += f.get();
      }
      return sum / threads;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Whole passes over the texts until {@code seconds} have passed (at least one). */
  private static double mbPerSecond(Analyzer analyzer, List<String> texts, long bytes, double seconds) {
    long started = System.nanoTime();
    long deadline = started + (long) (seconds * 1e9);
    int passes = 0;
    do {
      pass(analyzer, texts);
      passes++;
    } while (System.nanoTime() < deadline);
    double elapsed = (System.nanoTime() - started) / 1e9;
    return bytes * passes / 1e6 / elapsed;
  }

  private static long pass(Analyzer analyzer, List<String> texts) {
    long tokens = 0;
    try {
      for (String text : texts) {
        try (TokenStream ts = analyzer.tokenStream("summary", text)) {
          ts.reset();
          while (ts.incrementToken()) {
            tokens++;
          }
          ts.end();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
