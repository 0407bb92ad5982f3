package dev.papersearch.cli;

import dev.papersearch.bench.BenchConfig;
import dev.papersearch.bench.Benchmark;
import dev.papersearch.bench.LongQueryBench;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code bench}: indexing, search latency, HTTP throughput, memory and start beside peer systems. */
final class BenchCommand {

  static final String HELP =
      """
      Usage: papersearch bench [--corpus DIR] [--scale N] [--out FILE] [--load auto|wrk|java|none]
                               [--http-seconds S] [--quick]
             papersearch bench --long-queries [--corpus DIR] [--out FILE] [--http-seconds S]
                               [--server-jar JAR] [--quick]

      Measures, on this machine and in one run, papersearch beside SQLite FTS5 (trigram) and Lucene
      with CJK bigrams and with Nori defaults, on the same papers and queries: indexing (cold JVM and
      warm, papers/s, MB/s, index size, and at --scale N the corpus N times under derived ids),
      tokenization alone, in-process search latency and QPS, that of typing inputs (the typing sets'
      terms typed in part, with a slip, in the wrong mode, as initial consonants) beside the same
      terms typed whole and of /api/suggest, HTTP throughput and latency of the real
      server at 1, 8 and 32 connections, its memory, and its cold start. Writes a markdown report and
      an SVG plot beside it. A full run takes a few minutes at scale 1; keep the machine otherwise idle.

        --corpus DIR      daily digests (default: ../shared/corpus)
        --scale N         also index the corpus N times over (default: 1; the targets ask for 10)
        --out FILE        report (default: docs/benchmarks.md; the plot goes to FILE with .svg)
        --load CLIENT     HTTP load client: auto (wrk when installed, else Java), wrk, java, none
        --http-seconds S  seconds per connection count (default: 10, 1 with --quick)
        --quick           short runs, for trying the command; the figures are rough

      With --long-queries, only what queries as long as search.max-query-length cost the real server
      beside ordinary ones, sequentially and warm, and the latency of ordinary queries while 8
      connections send long ones (for --http-seconds, default 30); written to its own section of the
      report, which a full run keeps. --server-jar serves with another build (e.g. the one before a
      change) to compare.

      The HTTP load uses wrk when it is installed (Debian/Ubuntu: apt-get install wrk); without it
      a Java client in the same JVM drives the server, which then shares the cores with the client.
      """;

  static final Set<String> VALUED = Set.of("corpus", "scale", "out", "load", "http-seconds", "server-jar");
  static final Set<String> BOOLEANS = Set.of("quick", "long-queries");

  private BenchCommand() {}

  static int run(Args args, PrintStream out) {
    Path corpus = Path.of(args.has("corpus") ? args.get("corpus") : "../shared/corpus");
    if (!Files.exists(corpus)) {
      throw new UsageException("--corpus " + corpus + ": no such file or folder");
    }
    Path report = Path.of(args.has("out") ? args.get("out") : "docs/benchmarks.md");
    if (args.has("long-queries")) {
      return longQueries(args, corpus, report, out);
    }
    if (args.has("server-jar")) {
      throw new UsageException("--server-jar is for --long-queries");
    }
    int scale = number(args, "scale", "1");
    BenchConfig config =
        args.has("quick") ? BenchConfig.quick(corpus, scale, report) : BenchConfig.full(corpus, scale, report);
    try {
      if (args.has("load")) {
        config = config.withLoad(args.get("load"));
      }
      if (args.has("http-seconds")) {
        config = config.withHttpSeconds(Double.parseDouble(args.get("http-seconds")));
      }
    } catch (NumberFormatException e) {
      throw new UsageException("--http-seconds needs a number of seconds");
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    new Benchmark(config, out::println).runAndWrite();
    out.println("Wrote " + report + " and " + report.toString().replaceFirst("\\.md$", "") + ".svg");
    return 0;
  }

  private static int longQueries(Args args, Path corpus, Path report, PrintStream out) {
    boolean quick = args.has("quick");
    double seconds;
    try {
      seconds = Double.parseDouble(args.has("http-seconds") ? args.get("http-seconds") : quick ? "3" : "30");
    } catch (NumberFormatException e) {
      throw new UsageException("--http-seconds needs a number of seconds");
    }
    Path jar = args.has("server-jar") ? Path.of(args.get("server-jar")) : null;
    if (jar != null && !Files.isRegularFile(jar)) {
      throw new UsageException("--server-jar " + jar + ": no such file");
    }
    LongQueryBench.Config config = new LongQueryBench.Config(corpus, report, jar, quick ? 1 : 2, seconds);
    out.println(new LongQueryBench(config, out::println).runAndWrite());
    return 0;
  }

  private static int number(Args args, String name, String fallback) {
    String value = args.has(name) ? args.get(name) : fallback;
    try {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw new UsageException("--" + name + " must be at least 1");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " needs a whole number, got '" + value + "'");
    }
  }
}
