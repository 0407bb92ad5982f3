package dev.papersearch.bench;

import java.nio.file.Path;
import java.util.List;

/** Drives a server on loopback with a closed loop of GET requests over a fixed number of connections. */
interface LoadClient {

  /**
   * What one load run measured.
   *
   * @param errors failed connections, reads and writes, time-outs and non-2xx answers
   * @param latency per request, first byte sent to last byte read
   */
  record Result(String client, int connections, double seconds, long requests, long errors, Latency latency) {

    double requestsPerSecond() {
      return requests / seconds;
    }
  }

  String name();

  /** Cycles through {@code paths} on every connection for {@code seconds}. */
  Result run(int port, List<String> paths, int connections, double seconds, Path work);

  /** wrk when it is installed, else the Java client; {@code why} hears the reason for the choice. */
  static LoadClient choose(String wanted, java.util.function.Consumer<String> why) {
    switch (wanted) {
      case "wrk":
        return WrkLoad.available().orElseThrow(() -> new IllegalStateException(WrkLoad.INSTALL_HINT));
      case "java":
        return new JavaLoad();
      default:
        return WrkLoad.available()
            .<LoadClient>map(w -> w)
            .orElseGet(
                () -> {
                  why.accept(WrkLoad.INSTALL_HINT + "; using the Java load client instead");
                  return new JavaLoad();
                });
    }
  }
}
