package dev.papersearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The run the build makes the jar's class-data archive from: {@code serve} on the bundled sample in a
 * temporary folder, a search, a suggestion and the page over HTTP, and an exit, so that the archive
 * ({@code java -XX:ArchiveClassesAtExit=…}) holds the classes a start and its first answers load. A
 * server started with it ({@code -XX:SharedArchiveFile=target/papersearch.jsa}) maps them instead of
 * reading, verifying and linking them from the jar: most of the JVM's own work before the first answer.
 *
 * <p>Never fails the build: whatever goes wrong, the archive is still written of what was loaded, and
 * a missing or unusable archive only costs the JVM that time again.
 */
public final class StartupTraining {

  private static final Duration READY_WITHIN = Duration.ofSeconds(120);

  private StartupTraining() {}

  public static void main(String[] args) {
    PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    try {
      Path folder = Files.createTempDirectory("papersearch-training");
      Path settings = Files.writeString(folder.resolve("training.properties"), "server.access-log=false\n");
      int port = freePort();
      Thread server =
          new Thread(
              () -> Main.run(List.of(
                          "serve",
                          "--config", settings.toString(),
                          "--index", folder.resolve("index").toString(),
                          "--host", "127.0.0.1",
                          "--port", Integer.toString(port)), quiet, quiet),
              "training-server");
      server.setDaemon(true);
      server.start();
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      awaitReady(client, base);
      for (String path :
          List.of(
              "/api/search?q=" + encoded("트랜스포머 transformer"),
              "/api/search?q=" + encoded("확산 모ㄷ") + "&sort=date&from=2024-01-01",
              "/api/suggest?q=" + encoded("트랜스"),
              "/",
              "/health")) {
        client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
      }
      System.out.println("startup training: served the bundled sample on port " + port);
    } catch (IOException | RuntimeException e) {
      System.out.println("startup training stopped early (the archive has what was loaded): " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.exit(0); // the shutdown hook stops the server as SIGTERM would; the archive is written at exit
  }

  private static void awaitReady(HttpClient client, String base) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (client.send(HttpRequest.newBuilder(URI.create(base + "/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListening) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IOException("the server was not ready within " + READY_WITHIN);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
