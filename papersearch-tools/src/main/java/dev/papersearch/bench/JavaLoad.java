package dev.papersearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load client in plain Java for machines without wrk: one thread per connection,
 * each sending the next request as soon as the last answer is read. It runs in the benchmark's own
 * JVM and so competes with the server for the same cores more than wrk does.
 */
final class JavaLoad implements LoadClient {

  @Override
  public String name() {
    return "Java client (java.net.http, HTTP/1.1 keep-alive)";
  }

  @Override
  public Result run(int port, List<String> paths, int connections, double seconds, Path work) {
    HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    List<HttpRequest> requests = new ArrayList<>();
    for (String p : paths) {
      requests.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + p)).timeout(Duration.ofSeconds(10)).build());
    }
    AtomicLong errors = new AtomicLong();
    List<Samples> perThread = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    long deadline = started + (long) (seconds * 1e9);
    for (int c = 0; c < connections; c++) {
      Samples samples = new Samples();
      perThread.add(samples);
      int offset = c * Math.max(1, requests.size() / connections); // each connection its own share
      Thread t = new Thread(() -> loop(client, requests, offset, deadline, samples, errors), "load-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    Samples all = new Samples();
    perThread.forEach(all::addAll);
    return new Result(name(), connections, elapsed, all.count(), errors.get(), all.latency());
  }

  private static void loop(
      HttpClient client, List<HttpRequest> requests, int offset, long deadline, Samples samples, AtomicLong errors) {
    int i = offset;
    while (System.nanoTime() < deadline) {
      HttpRequest request = requests.get(i++ % requests.size());
      long t0 = System.nanoTime();
      try {
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
          body.transferTo(OutputSink.INSTANCE);
        }
        if (response.statusCode() != 200) {
          errors.incrementAndGet();
        }
      } catch (IOException e) {
        errors.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      samples.add(System.nanoTime() - t0);
    }
  }

  /** Discards a response body while still reading every byte of it. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
