package dev.papersearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The real server in a child JVM: cold starts, idle memory, then load at each connection count. */
final class HttpBench {

  /** One load level and the server's peak resident memory while it ran. */
  record Load(LoadClient.Result result, long rssPeakBytes) {}

  /**
   * @param command how the server was started
   * @param upMillis process start to {@code /health} answered, one per start
   * @param coldStartMillis process start to first answered search, one per start
   * @param rssIdleBytes resident memory a second after the first answer
   */
  record Result(
      String command, String client, List<Double> upMillis, List<Double> coldStartMillis, long rssIdleBytes, List<Load> loads) {

    double medianColdStartMillis() {
      return median(coldStartMillis);
    }

    double medianUpMillis() {
      return median(upMillis);
    }

    private static double median(List<Double> values) {
      List<Double> sorted = values.stream().sorted().toList();
      return sorted.get((sorted.size() - 1) / 2);
    }

    long rssPeakBytes() {
      return loads.stream().mapToLong(Load::rssPeakBytes).max().orElse(rssIdleBytes);
    }
  }

  private HttpBench() {}

  static Result run(
      ChildJvm jvm, Path index, List<BenchQuery> mix, HttpMix httpMix, LoadClient client, BenchConfig config, Path work,
      Consumer<String> log) {
    List<String> paths = mix.stream().map(BenchQuery::apiPath).toList();
    ServerProcess.warmProbe();
    List<Double> ups = new ArrayList<>();
    List<Double> starts = new ArrayList<>();
    ServerProcess server = null;
    for (int i = 0; i < config.coldStarts(); i++) {
      if (server != null) {
        server.close();
      }
      server = ServerProcess.start(jvm, index, work.resolve("serve-" + i + ".log"), paths.get(0));
      ups.add(server.upMillis());
      starts.add(server.coldStartMillis());
      log.accept(String.format("  cold start %d: /health after %.0f ms, first search answered after %.0f ms", i + 1, server.upMillis(), server.coldStartMillis()));
    }
    try {
      pause(1000);
      long idle = server.rssBytes();
      List<Load> loads = new ArrayList<>();
      if (config.httpSeconds() > 0) {
        ServerProcess s = server;
        // The warm-up cycles through the query mix; each level then sends the HTTP mix's distinct
        // requests from where the level before stopped.
        measured(s, () -> client.run(s.port(), paths, 8, config.httpSeconds() / 2, work));
        long sent = 0;
        for (int connections : config.connections()) {
          List<String> distinct = httpMix.from((int) Math.min(Integer.MAX_VALUE, sent));
          Load load = measured(s, () -> client.run(s.port(), distinct, connections, config.httpSeconds(), work));
          LoadClient.Result r = load.result();
          sent += r.requests();
          log.accept(
              String.format(
                  "  %d connections: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors, RSS %d MB",
                  connections, r.requestsPerSecond(), r.latency().p50(), r.latency().p99(), r.errors(), load.rssPeakBytes() >> 20));
          loads.add(load);
        }
      }
      return new Result(jvm.describeServe(), client.name(), ups, starts, idle, loads);
    } finally {
      server.close();
    }
  }

  private interface LoadRun {
    LoadClient.Result run();
  }

  /** Runs the load while sampling the server's RSS every 100 ms. */
  private static Load measured(ServerProcess server, LoadRun run) {
    AtomicLong peak = new AtomicLong(server.rssBytes());
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(server.rssBytes(), Math::max), 0, 100, TimeUnit.MILLISECONDS);
    try {
      LoadClient.Result result = run.run();
      return new Load(result, peak.get());
    } finally {
      sampler.shutdownNow();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
