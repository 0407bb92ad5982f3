package dev.papersearch.bench;

import dev.papersearch.config.LoadAverage;
import dev.papersearch.config.MarkedSection;
import dev.papersearch.config.Settings;
import dev.papersearch.eval.DevSet;
import dev.papersearch.eval.EvalQuery;
import dev.papersearch.eval.EvalSet;
import dev.papersearch.index.Folders;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.DateRange;
import dev.papersearch.search.QueryBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code bench --long-queries}: what a query of the longest length the API accepts costs the real
 * server beside an ordinary one, and what ordinary queries wait while several connections send long
 * ones (issue #20). Writes its section of docs/benchmarks.md, which {@code bench} keeps.
 *
 * <p>Every query of a kind is distinct, so no cache answers for the index: the ordinary ones are the
 * known-item queries of config/eval, the long ones are made at run time from the corpus being
 * searched (a paper's summary cut to the length limit, one paper each, and the same Hangul run
 * together into long words, the costliest shape) and from random syllables (256 distinct ones, the
 * issue's shape).
 */
public final class LongQueryBench {

  /** The ordinary queries: every known-item query written for the evaluation. */
  private static final List<String> ORDINARY_SETS =
      List.of("config/eval/dailypapers-dev.tsv", "config/eval/dailypapers-holdout.tsv", "config/eval/dailypapers-blind2.tsv");

  /** Distinct long queries of each kind. */
  private static final int LONG_QUERIES = 60;

  /** Connections sending long queries while one sends ordinary ones. */
  private static final int LOAD_CONNECTIONS = 8;

  /**
   * @param corpus daily digests, indexed for the server and read for the long queries
   * @param out the report whose section is written
   * @param serverJar another build to serve with (e.g. the one before a change), or {@code null}
   * @param passes timed passes over the ordinary queries, each followed by a long query of every kind
   * @param loadSeconds how long the long queries' connections run
   */
  public record Config(Path corpus, Path out, Path serverJar, int passes, double loadSeconds) {}

  /** One kind of query and what its requests measured. */
  private static final class Kind {
    final String name;
    final List<String> paths;
    final Samples samples = new Samples();
    long errors;

    Kind(String name, List<String> paths) {
      this.name = name;
      this.paths = paths;
    }
  }

  private final Config config;
  private final Consumer<String> log;

  public LongQueryBench(Config config, Consumer<String> log) {
    this.config = config;
    long started = System.nanoTime();
    this.log = line -> log.accept(Fmt.f("[%6.1f s] %s", (System.nanoTime() - started) / 1e9, line));
  }

  /** Measures, writes the section into {@code config.out()} and returns it. */
  public String runAndWrite() {
    long started = System.nanoTime();
    String loadBefore = LoadAverage.now();
    Path work = tempDir();
    try {
      int maxLength = Settings.defaults().maxQueryLength();
      List<Paper> papers = new ArrayList<>();
      Set<String> ordinary = new LinkedHashSet<>();
      for (String set : ORDINARY_SETS) {
        // Each set is checked against the corpus it names papers of: the same papers every time.
        EvalSet loaded = DevSet.load(config.corpus(), Path.of(set));
        papers = loaded.documents();
        loaded.queries().stream().map(EvalQuery::text).forEach(ordinary::add);
      }
      Kind plain = new Kind("ordinary: the " + ordinary.size() + " known-item queries of config/eval", paths(List.copyOf(ordinary)));
      List<String> texts = summaries(papers, maxLength);
      Kind summaries =
          new Kind(LONG_QUERIES + " papers' summaries cut to " + maxLength + " characters",
              paths(texts.stream().map(t -> t.substring(0, t.lastIndexOf(' ', maxLength))).toList()));
      int wordLength = QueryBudget.SHIPPED.expandedWordLength();
      Kind compounds =
          new Kind("the same summaries' Hangul run together, in words of " + wordLength + " letters",
              paths(texts.stream().map(t -> runTogether(t, maxLength, wordLength)).toList()));
      Kind syllables =
          new Kind(LONG_QUERIES + " strings of " + (maxLength + 1) / 2 + " distinct random syllables", paths(ofSyllables(maxLength)));

      log.accept("Indexing " + config.corpus());
      Path index = work.resolve("index");
      Indexing.build(EngineSpec.named(EngineSpec.PAPERSEARCH).orElseThrow(), config.corpus(), index, 1).engine().close();
      ChildJvm jvm = config.serverJar() == null ? ChildJvm.ofThisBuild() : ChildJvm.ofJar(config.serverJar());
      try (ServerProcess server = ServerProcess.start(jvm, index, work.resolve("serve.log"), plain.paths.get(0))) {
        log.accept("Sequential: one untimed pass, then " + config.passes() + " timed");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Kind> kinds = List.of(plain, summaries, compounds, syllables);
        sequential(client, server.port(), kinds.stream().map(k -> new Kind(k.name, k.paths)).toList(), 1);
        sequential(client, server.port(), kinds, config.passes());
        kinds.forEach(k -> log.accept(Fmt.f("  %s: mean %.2f ms, p99 %.2f ms", k.name, k.samples.latency().mean(), k.samples.latency().p99())));

        log.accept("Ordinary queries on one connection while " + LOAD_CONNECTIONS + " send long ones, " + config.loadSeconds() + " s");
        // Interleaved, so that every connection, starting at its own offset, sends every kind.
        List<String> longPaths = new ArrayList<>();
        for (int i = 0; i < LONG_QUERIES; i++) {
          for (Kind kind : kinds.subList(1, kinds.size())) {
            longPaths.add(kind.paths.get(i % kind.paths.size()));
          }
        }
        JavaLoad load = new JavaLoad();
        CompletableFuture<LoadClient.Result> heavy =
            CompletableFuture.supplyAsync(() -> load.run(server.port(), longPaths, LOAD_CONNECTIONS, config.loadSeconds(), work));
        LoadClient.Result beside = load.run(server.port(), plain.paths, 1, config.loadSeconds(), work);
        String section =
            render(jvm, maxLength, kinds, beside, heavy.join(), loadBefore, (System.nanoTime() - started) / 1e9);
        write(section);
        log.accept("Wrote the long-queries section of " + config.out());
        return section;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Folders.delete(work);
    }
  }

  /**
   * The summaries of {@link #LONG_QUERIES} papers spread over the corpus, those longer than {@code
   * maxLength} characters, line breaks as spaces.
   */
  static List<String> summaries(List<Paper> papers, int maxLength) {
    List<String> longEnough =
        papers.stream().map(p -> p.summaryText().replaceAll("\\s+", " ").strip()).filter(s -> s.length() > maxLength).toList();
    List<String> out = new ArrayList<>(LONG_QUERIES);
    for (int i = 0; i < LONG_QUERIES && i < longEnough.size(); i++) {
      out.add(longEnough.get((int) ((long) i * longEnough.size() / LONG_QUERIES)));
    }
    return out;
  }

  /**
   * The Hangul of {@code text} without spaces or anything else, cut into words of {@code wordLength}
   * letters up to {@code maxLength} characters: the longest words that still get every expansion, each
   * a score of character pairs, which makes these the costliest queries of the length.
   */
  static String runTogether(String text, int maxLength, int wordLength) {
    String hangul = text.replaceAll("[^가-힣]", "");
    StringBuilder query = new StringBuilder();
    for (int i = 0; i + wordLength <= hangul.length() && query.length() + wordLength <= maxLength; i += wordLength) {
      query.append(hangul, i, i + wordLength).append(' ');
    }
    return query.toString().strip();
  }

  /** {@link #LONG_QUERIES} strings of distinct Hangul syllables, spaced, as long as a query may be. */
  static List<String> ofSyllables(int maxLength) {
    Random random = new Random(20);
    List<String> out = new ArrayList<>(LONG_QUERIES);
    while (out.size() < LONG_QUERIES) {
      Set<Character> syllables = new LinkedHashSet<>();
      while (syllables.size() < (maxLength + 1) / 2) {
        syllables.add((char) ('가' + random.nextInt('힣' - '가' + 1)));
      }
      out.add(String.join(" ", syllables.stream().map(String::valueOf).toList()));
    }
    return out;
  }

  private static List<String> paths(List<String> queries) {
    return queries.stream().map(q -> new BenchQuery("long", q, DateRange.ALL).apiPath()).toList();
  }

  /**
   * One request after another on one connection, the kinds interleaved (an ordinary query, then one of
   * each long kind) so that other load on the machine falls on all of them alike.
   */
  private static void sequential(HttpClient client, int port, List<Kind> kinds, int passes) {
    int steps = kinds.get(0).paths.size();
    for (int pass = 0; pass < passes; pass++) {
      for (int i = 0; i < steps; i++) {
        for (Kind kind : kinds) {
          String path = kind.paths.get((pass * steps + i) % kind.paths.size());
          HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build();
          long t0 = System.nanoTime();
          try {
            if (client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200) {
              kind.errors++;
            }
          } catch (IOException e) {
            kind.errors++;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          kind.samples.add(System.nanoTime() - t0);
        }
      }
    }
  }

  private String render(
      ChildJvm jvm, int maxLength, List<Kind> kinds, LoadClient.Result beside, LoadClient.Result heavy, String loadBefore, double seconds) {
    QueryBudget b = QueryBudget.SHIPPED;
    Latency ordinary = kinds.get(0).samples.latency();
    StringBuilder out = new StringBuilder();
    out.append("## Long queries\n\n");
    out.append("Generated by `papersearch bench --long-queries` on ")
        .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atZone(ZoneOffset.UTC)))
        .append(Fmt.f(" in %.0f s. Rerun with:\n\n", seconds));
    out.append("```sh\nmvn -B -q package -DskipTests\njava -jar target/papersearch-tools.jar bench --long-queries --corpus ../shared/corpus\n```\n\n");
    out.append("The real server (`").append(jvm.describeServe()).append("`) over the whole corpus on 127.0.0.1, one keep-alive ")
        .append("connection, warm (one untimed pass first), ").append(config.passes())
        .append(" timed passes in which each ordinary query is followed by one long query of each kind, so that other load on the ")
        .append("machine falls on every kind alike. Long queries are as long as `search.max-query-length` (")
        .append(maxLength).append(") allows, all distinct, made at run time from the corpus (no corpus text is stored). ")
        .append(config.serverJar() != null
            ? "The server is another build (`--server-jar`), with whatever query budget it has. "
            : Fmt.f("The query budget (`QueryBudget.SHIPPED`): %d words expanded, %d searched, expansions for words of up to %d "
                + "characters, %d clauses a word, %d a query. ", b.expandedWords(), b.searchedWords(), b.expandedWordLength(), b.clausesPerWord(), b.clauses()))
        .append("Load average (1, 5, 15 min) at start / end: ").append(loadBefore).append(" / ").append(LoadAverage.now()).append(".\n\n");
    out.append("| queries | requests | errors | mean ms | p50 ms | p90 ms | p99 ms | mean ÷ ordinary | p50 ÷ ordinary |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double worst = 0;
    for (Kind kind : kinds) {
      Latency l = kind.samples.latency();
      double ratio = l.mean() / ordinary.mean();
      worst = Math.max(worst, ratio);
      out.append(Fmt.f("| %s | %,d | %d | %s | %s | %s | %s | ×%.1f | ×%.1f |\n", kind.name, l.count(), kind.errors,
          Fmt.ms(l.mean()), Fmt.ms(l.p50()), Fmt.ms(l.p90()), Fmt.ms(l.p99()), ratio, l.p50() / ordinary.p50()));
    }
    out.append(Fmt.f("\nTarget (issue #20): a long query costs at most 10× an ordinary one, sequentially and warm: **%s** (×%.1f, mean).\n\n",
        worst <= 10 ? "met" : "not met", worst));
    out.append("### Ordinary queries beside ").append(LOAD_CONNECTIONS).append(" connections of long ones\n\n");
    out.append(Fmt.f("One connection sends the ordinary queries for %.0f s while %d connections send the long ones of every kind, "
        + "closed loop, all from the bench's JVM: %s. `search.max-concurrent` is the default (twice the cores): the searches "
        + "beyond it wait their turn in order of arrival, an ordinary one behind the long ones before it.\n\n",
        config.loadSeconds(), LOAD_CONNECTIONS, beside.client()));
    out.append("| queries | connections | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    out.append(row("ordinary, alone (the sequential run above)", 1, ordinary.count(), kinds.get(0).errors, Double.NaN, ordinary));
    out.append(row("ordinary, beside the long ones", 1, beside.requests(), beside.errors(), beside.requestsPerSecond(), beside.latency()));
    out.append(row("long, every kind", LOAD_CONNECTIONS, heavy.requests(), heavy.errors(), heavy.requestsPerSecond(), heavy.latency()));
    return out.toString();
  }

  private static String row(String name, int connections, long requests, long errors, double perSecond, Latency l) {
    return Fmt.f("| %s | %d | %,d | %d | %s | %s | %s | %s | %s |\n", name, connections, requests, errors,
        Double.isNaN(perSecond) ? "–" : Fmt.f("%.0f", perSecond), Fmt.ms(l.p50()), Fmt.ms(l.p90()), Fmt.ms(l.p99()), Fmt.ms(l.max()));
  }

  private void write(String section) throws IOException {
    Path report = config.out();
    String old = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
    Files.writeString(report, MarkedSection.LONG_QUERIES.replaceIn(old, section), StandardCharsets.UTF_8);
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("papersearch-long-queries");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
