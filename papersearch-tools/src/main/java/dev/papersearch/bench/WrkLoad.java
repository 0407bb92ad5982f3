package dev.papersearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * <a href="https://github.com/wg/wrk">wrk</a> (Debian package {@code wrk}) with a Lua script that
 * cycles through the query mix and prints its own summary line, so nothing depends on wrk's
 * human-readable output.
 */
final class WrkLoad implements LoadClient {

  static final String INSTALL_HINT = "wrk is not installed (Debian/Ubuntu: apt-get install wrk)";
  private static final String MARK = "BENCH-RESULT";

  private final String version;

  private WrkLoad(String version) {
    this.version = version;
  }

  static Optional<WrkLoad> available() {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      String first = out.lines().findFirst().orElse("wrk");
      return first.startsWith("wrk") ? Optional.of(new WrkLoad(first.replaceAll(" Copyright.*", ""))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public String name() {
    return version;
  }

  @Override
  public Result run(int port, List<String> paths, int connections, double seconds, Path work) {
    Path script = work.resolve("mix.lua");
    Path log = work.resolve("wrk-" + connections + ".log");
    int threads = Math.min(connections, Runtime.getRuntime().availableProcessors());
    try {
      Files.writeString(script, script(paths, threads), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> cmd =
        List.of(
            "wrk", "-t", Integer.toString(threads), "-c", Integer.toString(connections),
            "-d", Math.max(1, Math.round(seconds)) + "s", "--timeout", "10s",
            "-s", script.toString(), "http://127.0.0.1:" + port);
    ChildJvm.Finished done = ChildJvm.run(cmd, log, Math.round(seconds) + 60);
    String line =
        done.output().lines().filter(l -> l.startsWith(MARK)).findFirst()
            .orElseThrow(() -> new IllegalStateException("wrk printed no result:\n" + done.output()));
    Map<String, Long> v = new HashMap<>();
    for (String kv : line.substring(MARK.length()).trim().split(" ")) {
      String[] parts = kv.split("=");
      v.put(parts[0], Long.parseLong(parts[1]));
    }
    long errors = v.get("connect") + v.get("read") + v.get("write") + v.get("status") + v.get("timeout");
    Latency latency =
        new Latency(
            v.get("requests").intValue(), v.get("p50") / 1e3, v.get("p90") / 1e3, v.get("p99") / 1e3,
            v.get("max") / 1e3, v.get("mean") / 1e3);
    return new Result(name(), connections, v.get("duration") / 1e6, v.get("requests"), errors, latency);
  }

  /**
   * Each of the {@code threads} wrk threads walks its own share of the paths, so that no two send the
   * same request while the paths last; latencies come back in microseconds.
   */
  private static String script(List<String> paths, int threads) {
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (String p : paths) {
      lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
    }
    lua.append(
        """
        }
        local counter = 0
        local i = 0
        setup = function(thread)
          thread:set("start", counter)
          counter = counter + STRIDE
        end
        init = function(args)
          i = start or 0
        end
        request = function()
          i = i % #paths + 1
          return wrk.format("GET", paths[i])
        end
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format(
            "%s requests=%d duration=%d p50=%d p90=%d p99=%d max=%d mean=%d connect=%d read=%d write=%d status=%d timeout=%d\\n",
            "MARK", summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
            latency:percentile(99), latency.max, math.floor(latency.mean), e.connect, e.read, e.write, e.status, e.timeout))
        end
        """.replace("MARK", MARK).replace("STRIDE", Integer.toString(Math.max(1, paths.size() / threads))));
    return lua.toString();
  }
}
