package dev.papersearch.cli;

import static dev.papersearch.support.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.papersearch.index.Digests;
import dev.papersearch.index.Digests.Block;
import dev.papersearch.index.IndexListing;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.TestIndexes;
import dev.papersearch.support.ChildJvm;
import dev.papersearch.support.RealCorpus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch} as a process: it indexes a digest dropped into the corpus while running,
 * and SIGTERM stops it cleanly with the index closed and the new paper committed.
 */
class ServeLifecycleTest {

  private static final Pattern SERVING = Pattern.compile("on http://localhost:(\\d+)/");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void watchesTheCorpusAndStopsCleanlyOnSigterm() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.copy(TestIndexes.sampleDir().resolve("2024-06-03.md"), corpus.resolve("2024-06-03.md"));
    Path index = dir.resolve("index");
    Path log = dir.resolve("serve.log");
    Process server =
        ChildJvm.start(
            List.of(), Map.of("PAPERSEARCH_SERVER_ACCESS_LOG", "true"), log,
            "serve", "--index", index.toString(), "--corpus", corpus.toString(), "--watch", "--port", "0");
    try {
      int port = awaitPort(log, server);
      assertEquals(200, status(port, "/ready"));

      Digests.write(corpus.resolve("2025/07/01.md"), Digests.text(LocalDate.of(2025, 7, 1), Block.tagged("2507.00001", "live")));
      await("the new digest is searchable", () -> status(port, "/api/papers/2507.00001") == 200);

      server.destroy(); // SIGTERM
      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops within a minute");
      assertEquals(143, server.exitValue(), "128 + SIGTERM after the shutdown hook ran");
      String output = Files.readString(log);
      assertTrue(output.contains("Stopped; the index at " + index + " is closed"), output);
      JsonNode access = accessLine(output, "/api/papers/2507.00001", 200);
      assertEquals("/api/papers/{id}", access.get("route").asText());
      assertTrue(access.get("ms").asDouble() >= 0);
    } finally {
      server.destroyForcibly();
    }
    // The lock is free and the paper the watcher added was committed.
    try (PaperIndex reopened = PaperIndex.open(index)) {
      assertTrue(new LuceneSearcher(reopened).paper("2507.00001").isPresent());
    }
  }

  /**
   * A restart serves the index it finds at once and then applies what changed in the folder while the
   * server was down, and only that: a restart with nothing changed re-indexes no day.
   */
  @Test
  void aRestartServesAtOnceAndAppliesOnlyWhatChangedWhileItWasDown() throws Exception {
    Path corpus = dir.resolve("corpus");
    TestIndexes.copySample(corpus);
    Path index = dir.resolve("index");
    String first = serveUntilStopped(corpus, index, "first", port -> {});
    assertTrue(first.contains("Indexed "), "an empty index is built whole:\n" + first);

    String unchanged = serveUntilStopped(corpus, index, "unchanged", port -> {});
    assertTrue(unchanged.contains("with the index in"), unchanged);
    assertTrue(unchanged.contains(": 0 re-indexed, 0 problems"), "nothing changed, nothing re-indexed:\n" + unchanged);

    IndexListing before = IndexListing.ofIndex(index);
    String gone = before.idsByDay().get(LocalDate.of(2024, 9, 10)).first();
    Files.delete(corpus.resolve("2024-09-10.md"));
    Digests.write(corpus.resolve("2025/07/02.md"), Digests.text(LocalDate.of(2025, 7, 2), Block.tagged("2507.00002", "while down")));
    String restarted =
        serveUntilStopped(
            corpus,
            index,
            "restarted",
            port -> {
              try {
                await("the day added while down is searchable", () -> status(port, "/api/papers/2507.00002") == 200);
                await("the day deleted while down is gone", () -> status(port, "/api/papers/" + gone) == 404);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    assertTrue(restarted.contains("  2024-09-10: applied"), restarted);
    assertTrue(restarted.contains("  2025-07-02: applied, 1 papers listed, 1 new, 0 removed"), restarted);
    assertTrue(restarted.contains(": 2 re-indexed"), restarted);
    IndexListing.assertIndexEqualsFolder(IndexListing.ofFolder(corpus), IndexListing.ofIndex(index));
  }

  /** SIGTERM while an empty index is being built: the build is dropped and the process exits cleanly. */
  @Test
  void sigtermDuringTheFirstBuildStopsCleanly() throws Exception {
    Path corpus = dir.resolve("linked");
    Files.createDirectories(corpus);
    // Links, not copies: the real corpus is read in place.
    try (var days = Files.list(RealCorpus.days())) {
      for (Path day : days.filter(f -> f.toString().endsWith(".md")).toList()) {
        Files.createSymbolicLink(corpus.resolve(day.getFileName()), day);
      }
    }
    Path index = dir.resolve("index");
    Path log = dir.resolve("build.log");
    Process server = ChildJvm.start(log, "serve", "--index", index.toString(), "--corpus", corpus.toString(), "--port", "0");
    try {
      await("the build starts", () -> read(log).contains("Comparing " + corpus + " with the index"));
      Thread.sleep(1500);
      server.destroy();
      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops within a minute");
      assertEquals(143, server.exitValue());
      String output = read(log);
      assertTrue(output.contains("Stopped; the index at " + index + " is closed"), output);
      assertFalse(output.contains("Exception"), output);
    } finally {
      server.destroyForcibly();
    }
    try (PaperIndex reopened = PaperIndex.open(index)) {
      assertEquals(0, reopened.count(), "the unfinished build committed nothing");
    }
  }

  /** Runs {@code serve --watch} until it is ready, does {@code whileUp}, stops it with SIGTERM, returns its output. */
  private String serveUntilStopped(Path corpus, Path index, String name, java.util.function.IntConsumer whileUp) throws Exception {
    Path log = dir.resolve(name + ".log");
    Process server =
        ChildJvm.start(log, "serve", "--index", index.toString(), "--corpus", corpus.toString(), "--watch", "--port", "0");
    try {
      int port = awaitPort(log, server);
      assertEquals(200, status(port, "/ready"), "ready as soon as it serves");
      whileUp.accept(port);
      await("the comparison with the folder is done", () -> read(log).contains(" in ") && (read(log).contains("re-indexed") || read(log).contains("Indexed ")));
      server.destroy();
      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops within a minute");
      assertEquals(143, server.exitValue());
      return read(log);
    } finally {
      server.destroyForcibly();
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The access log's JSON line for a request to {@code path} answered with {@code status}. */
  private static JsonNode accessLine(String output, String path, int status) throws IOException {
    for (String line : output.lines().filter(l -> l.startsWith("{")).toList()) {
      JsonNode json = new ObjectMapper().readTree(line);
      if (json.get("path").asText().equals(path) && json.get("status").asInt() == status) {
        return json;
      }
    }
    return fail("no access log line for " + path + " " + status + " in:\n" + output);
  }

  private static int awaitPort(Path log, Process server) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      Matcher m = SERVING.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!server.isAlive()) {
        fail("serve exited: " + Files.readString(log));
      }
      Thread.sleep(50);
    }
    return fail("serve did not start: " + Files.readString(log));
  }

  private static int status(int port, String path) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
