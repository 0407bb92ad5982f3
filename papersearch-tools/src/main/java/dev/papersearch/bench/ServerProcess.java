package dev.papersearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code papersearch serve} in a child JVM on loopback, timed from process start to the first
 * answered search (HTTP 200), which is what a user restarting the server waits for, and on the way
 * to {@code /health} answering, which splits start-up from the cost of the first query.
 */
final class ServerProcess implements AutoCloseable {

  private static final long START_TIMEOUT_NANOS = 60_000_000_000L;

  private final Process process;
  private final int port;
  private final double upMillis;
  private final double coldStartMillis;

  private ServerProcess(Process process, int port, double upMillis, double coldStartMillis) {
    this.process = process;
    this.port = port;
    this.upMillis = upMillis;
    this.coldStartMillis = coldStartMillis;
  }

  /** Loads the HTTP client classes of this JVM, so the first probe of a timed start costs the child alone. */
  static void warmProbe() {
    try {
      probe(freePort(), "/");
    } catch (IOException expected) {
      // nothing listens there: only the class loading mattered
    }
  }

  static ServerProcess start(ChildJvm jvm, Path index, Path log, String probePath) {
    int port = freePort();
    List<String> cmd =
        jvm.papersearch(List.of("serve", "--index", index.toString(), "--port", Integer.toString(port), "--host", "127.0.0.1"));
    long started = System.nanoTime();
    Process process = ChildJvm.start(cmd, log);
    while (true) {
      try {
        expectOk(process, probe(port, "/health"), "/health", log);
        double up = (System.nanoTime() - started) / 1e6;
        expectOk(process, probe(port, probePath), "the first search", log);
        return new ServerProcess(process, port, up, (System.nanoTime() - started) / 1e6);
      } catch (IOException notYet) {
        if (!process.isAlive() || System.nanoTime() - started > START_TIMEOUT_NANOS) {
          process.destroyForcibly();
          throw new IllegalStateException("server did not answer: " + tail(log));
        }
        sleep(5);
      }
    }
  }

  private static void expectOk(Process process, int status, String what, Path log) {
    if (status != 200) {
      process.destroyForcibly();
      throw new IllegalStateException(what + " answered " + status + ": " + tail(log));
    }
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  double upMillis() {
    return upMillis;
  }

  double coldStartMillis() {
    return coldStartMillis;
  }

  long rssBytes() {
    return ChildJvm.rssBytes(process.pid());
  }

  private static int probe(int port, String path) throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
    c.setConnectTimeout(1000);
    c.setReadTimeout(30_000);
    try {
      int status = c.getResponseCode();
      try (InputStream body = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      }
      return status;
    } finally {
      c.disconnect();
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    } catch (IOException e) {
      return "(no log)";
    }
  }

  /** Stops the server the way Ctrl-C does, so its shutdown hook closes the index. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
