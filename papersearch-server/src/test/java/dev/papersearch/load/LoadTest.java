package dev.papersearch.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.papersearch.api.ApiServer;
import dev.papersearch.api.BackendStats;
import dev.papersearch.api.Readiness;
import dev.papersearch.api.Service;
import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusFolder;
import dev.papersearch.index.CorpusWatcher;
import dev.papersearch.index.LiveIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.ParseResult;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.support.RealCorpus;
import io.javalin.Javalin;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query mix at 64 connections against the real corpus while the watcher indexes the last days
 * as they are dropped into the folder: no errors, no 5xx, heap after GC flat, p99 reported.
 *
 * <p>Runs {@code papersearch.load.seconds} (10 in the normal build; 60 with {@code mvn -Pload test},
 * which {@code .ci/run} does) and writes its figures to {@code target/load-report.txt}.
 */
class LoadTest {

  private static final int CONNECTIONS = Integer.getInteger("papersearch.load.connections", 64);
  private static final int SECONDS = Integer.getInteger("papersearch.load.seconds", 10);
  private static final int NEW_DAYS = 6;
  private static final long HEAP_GROWTH_LIMIT = 64L << 20;
  private static final Duration NEW_DAY_LIMIT = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void holdsTheQueryMixWhileTheWatcherIndexesNewDays() throws Exception {
    List<Path> days = CorpusReader.digestFiles(RealCorpus.days());
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (Path day : days.subList(0, days.size() - NEW_DAYS)) {
      Files.copy(day, corpus.resolve(day.getFileName()));
    }
    List<Path> newDays = days.subList(days.size() - NEW_DAYS, days.size());

    try (PaperIndex index = PaperIndex.open(dir.resolve("index"))) {
      LiveIndexer live = new LiveIndexer(index, new CorpusFolder(corpus));
      live.sync(() -> false, CorpusReader.QUIETLY);
      int papersAtStart = index.count();
      Settings settings = Settings.defaults().withPort(0);
      Service service = new Service(() -> BackendStats.of(index.stats()), Optional.of(live), Readiness.ready());
      Javalin app = ApiServer.create(new LuceneSearcher(index, settings.ops().searchTimeout()), settings, service).start();
      try (CorpusWatcher watcher = new CorpusWatcher(live, Duration.ofMillis(500), Duration.ofSeconds(1))) {
        watcher.start();
        LuceneSearcher searcher = new LuceneSearcher(index);
        Result result = run(app.port(), requestMix(searcher), corpus, newDays, searcher);
        System.out.println(result.report(papersAtStart, index.count()));
        Path report = Path.of("target", "load-report.txt"); // the top-level target/, as .ci/run expects
        Files.createDirectories(report.getParent());
        Files.writeString(report, result.report(papersAtStart, index.count()) + "\n");
        assertEquals(0, result.status5xx(), "5xx answers: " + result.errors());
        assertEquals(0, result.statusOther(), "answers other than 200: " + result.errors());
        assertEquals(List.of(), result.errors(), "requests that failed");
        assertTrue(result.heapAfterGcEnd() - result.heapAfterGcStart() < HEAP_GROWTH_LIMIT, "heap after GC grew: " + result);
        assertEquals(NEW_DAYS, result.newDayMillis().size(), "every new day became searchable");
        // 5 s is the target on an idle server (CorpusWatcherTest); here 64 connections share the CPU.
        assertTrue(result.newDayMillis().stream().allMatch(ms -> ms < NEW_DAY_LIMIT.toMillis()), result.report(papersAtStart, index.count()));
        awaitCount(index, 5487);
      } finally {
        app.stop();
      }
    }
  }

  /**
   * Dev-set queries as typed, some with dates, orders and pages; lookups of papers already indexed;
   * the newest list.
   */
  private static List<String> requestMix(LuceneSearcher searcher) throws IOException {
    List<String> mix = new ArrayList<>();
    List<String[]> rows = Files.readAllLines(Path.of("config/eval/dailypapers-dev.tsv")).stream().skip(1).map(l -> l.split("\t")).toList();
    String[] extras = {"", "&sort=votes", "&date=2024", "&sort=date&size=20", "&page=2", "&from=2024-06-01&to=2024-12-31"};
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      mix.add("/api/search?q=" + URLEncoder.encode(row[2], StandardCharsets.UTF_8) + extras[i % extras.length]);
      String id = row[3].split(",")[0].strip();
      if (i % 4 == 0 && searcher.paper(id).isPresent()) {
        mix.add("/api/papers/" + id);
      }
    }
    mix.add("/api/search");
    mix.add("/api/search?date=2024-10");
    mix.add("/health");
    return mix;
  }

  private record Result(
      long requests,
      long[] latencies,
      List<String> errors,
      int status5xx,
      int statusOther,
      long heapAfterGcStart,
      long heapAfterGcEnd,
      List<Long> newDayMillis) {

    long percentile(double p) {
      return latencies.length == 0 ? 0 : latencies[(int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] / 1_000_000;
    }

    String report(int papersAtStart, int papersAtEnd) {
      return String.format(
          Locale.ROOT,
          "load: %d connections, %d s: %d requests (%.0f/s), p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; "
              + "%d failed, %d 5xx, %d other; heap after GC %.1f MB → %.1f MB; %d new days searchable after %s ms; "
              + "papers %d → %d",
          CONNECTIONS, SECONDS, requests, requests / (double) SECONDS, percentile(0.5), percentile(0.95), percentile(0.99),
          percentile(1.0), errors.size(), status5xx, statusOther, heapAfterGcStart / 1e6, heapAfterGcEnd / 1e6,
          newDayMillis.size(), newDayMillis, papersAtStart, papersAtEnd);
    }
  }

  private static Result run(int port, List<String> mix, Path corpus, List<Path> newDays, LuceneSearcher searcher)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    AtomicInteger status5xx = new AtomicInteger();
    AtomicInteger other = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(SECONDS);
    long window = TimeUnit.SECONDS.toNanos(Math.min(10, Math.max(2, SECONDS / 4)));
    List<Future<long[]>> workers = new ArrayList<>();
    for (int w = 0; w < CONNECTIONS; w++) {
      int first = w * 7;
      workers.add(
          pool.submit(
              () -> {
                long[] times = new long[1024];
                int n = 0;
                for (int i = first; System.nanoTime() < end; i++) {
                  String path = mix.get(i % mix.size());
                  HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30)).build();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() >= 500) {
                      status5xx.incrementAndGet();
                      errors.add(path + " → " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
                    } else if (response.statusCode() != 200) {
                      other.incrementAndGet();
                      errors.add(path + " → " + response.statusCode());
                    }
                  } catch (IOException e) {
                    errors.add(path + " → " + e);
                  }
                  if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                  }
                  times[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(times, n);
              }));
    }
    // New days arrive spread over the run, each written aside and renamed in, as a sync job would;
    // each is timed from its rename until one of its papers can be found.
    long heapStart = 0;
    int added = 0;
    long step = (end - start) / (newDays.size() + 1);
    Map<String, Long> arriving = new java.util.HashMap<>();
    List<Long> visibleAfter = new ArrayList<>();
    while (System.nanoTime() < end || (!arriving.isEmpty() && System.nanoTime() < end + TimeUnit.SECONDS.toNanos(30))) {
      long now = System.nanoTime();
      if (heapStart == 0 && now - start >= window) {
        heapStart = heapAfterGc();
      }
      if (added < newDays.size() && now - start >= step * (added + 1)) {
        Path day = newDays.get(added++);
        Path staged = Files.copy(day, corpus.resolve("." + day.getFileName() + ".part"));
        Files.move(staged, corpus.resolve(day.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        arriving.put(newPaperOf(day, searcher), System.nanoTime());
      }
      for (var it = arriving.entrySet().iterator(); it.hasNext(); ) {
        var paper = it.next();
        if (searcher.paper(paper.getKey()).isPresent()) {
          visibleAfter.add((System.nanoTime() - paper.getValue()) / 1_000_000);
          it.remove();
        }
      }
      Thread.sleep(50);
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> worker : workers) {
      all.add(worker.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();
    long heapEnd = heapAfterGc();
    long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(latencies.length, latencies, List.copyOf(errors), status5xx.get(), other.get(), heapStart, heapEnd, visibleAfter);
  }

  /** A paper the day brings that the index does not have yet. */
  private static String newPaperOf(Path day, LuceneSearcher searcher) {
    return new CorpusReader().parseFile(day).stream()
        .filter(r -> r instanceof ParseResult.Parsed)
        .map(r -> ((ParseResult.Parsed) r).paper().id())
        .filter(id -> searcher.paper(id).isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError(day + " brings no new paper"));
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void awaitCount(PaperIndex index, int papers) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (index.count() != papers) {
      if (System.nanoTime() > deadline) {
        fail("the watcher did not index every new day: " + index.count() + " of " + papers + " papers");
      }
      Thread.sleep(100);
    }
  }
}
