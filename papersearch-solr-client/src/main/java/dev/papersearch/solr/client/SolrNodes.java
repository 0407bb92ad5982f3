package dev.papersearch.solr.client;

import dev.papersearch.search.SearchUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BinaryResponseParser;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The nodes of a SolrCloud cluster as given on the command line, reached with SolrJ's {@code
 * java.net.http} client (no Jetty, so it can live beside Javalin). Any node answers for the whole
 * collection, so a call goes to the nodes in turn, starting with a different one each time, and moves
 * on when a node cannot be reached or answers with a server error (a node stopping, a shard without a
 * leader yet). A 4xx answer is the caller's mistake and is not retried.
 */
public final class SolrNodes implements Closeable {

  /** One request to one node. */
  @FunctionalInterface
  public interface Call<T> {
    T on(SolrClient node) throws SolrServerException, IOException;
  }

  /** One attempt on node {@code n}. */
  @FunctionalInterface
  private interface Attempt<T> {
    T on(int n) throws SolrServerException, IOException, InterruptedException;
  }

  private final List<String> urls;
  private final List<SolrClient> clients = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();
  /**
   * For bodies sent in full ({@link #post}): SolrJ's JDK client streams a request body through a pipe
   * filled by another thread, and when the node dies during the request that thread and the caller
   * can wait for each other forever (seen when a node was stopped under the indexer).
   */
  private final HttpClient http;
  private final Duration requestTimeout;

  /**
   * Clients for {@code urls}, each like {@code http://host:8983/solr}.
   *
   * @param requestTimeout how long one request may take on one node
   */
  public SolrNodes(List<String> urls, Duration requestTimeout) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("no Solr URL given");
    }
    this.urls = List.copyOf(urls);
    this.requestTimeout = requestTimeout;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    for (String url : this.urls) {
      clients.add(
          new HttpJdkSolrClient.Builder(url)
              .useHttp1_1(true)
              .withConnectionTimeout(5, TimeUnit.SECONDS)
              .withRequestTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
              .build());
    }
  }

  /** Nodes from a comma-separated list of URLs, as {@code --solr-url} takes them. */
  public static SolrNodes parse(String commaSeparated, Duration requestTimeout) {
    List<String> urls =
        Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(SolrNodes::trimSlash).toList();
    for (String url : urls) {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new IllegalArgumentException("Solr URL '" + url + "' must start with http:// or https://");
      }
    }
    return new SolrNodes(urls, requestTimeout);
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public List<String> urls() {
    return urls;
  }

  /**
   * The first answer of the nodes tried in turn, each once.
   *
   * @throws SearchUnavailableException when no node answered
   * @throws SolrException a client error (4xx) as the node reported it
   */
  public <T> T call(String what, Call<T> call) {
    return attempt(what, n -> call.on(clients.get(n)));
  }

  /**
   * POSTs {@code body} to {@code path} below a node's URL ({@code /papers/update}) with {@code params},
   * nodes tried in turn as by {@link #call}; the answer as Solr's javabin named list.
   */
  public NamedList<Object> post(String what, String path, SolrParams params, byte[] body, String contentType) {
    ModifiableSolrParams all = new ModifiableSolrParams(params);
    all.set("wt", "javabin");
    return attempt(
        what,
        n -> {
          HttpRequest request =
              to(n, path, all).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
          HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
          NamedList<Object> answer = parse(response);
          if (response.statusCode() != 200) {
            Object error = answer == null ? null : answer.findRecursive("error", "msg");
            throw new SolrException(
                SolrException.ErrorCode.getErrorCode(response.statusCode()),
                "HTTP " + response.statusCode() + " from " + urls.get(n) + path + (error == null ? "" : ": " + error));
          }
          return answer;
        });
  }

  /** A request to {@code path} below node {@code n}'s URL with {@code params}, with the request time limit. */
  private HttpRequest.Builder to(int n, String path, SolrParams params) {
    return HttpRequest.newBuilder(URI.create(urls.get(n) + path + params.toQueryString())).timeout(requestTimeout);
  }

  /**
   * GETs {@code path} below a node's URL ({@code /papers/admin/file}) with {@code params}, nodes tried in
   * turn as by {@link #call}: the body as sent, or empty when the node has nothing there (404).
   */
  public Optional<byte[]> get(String what, String path, SolrParams params) {
    return attempt(
        what,
        n -> {
          HttpRequest request = to(n, path, params).GET().build();
          HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
          if (response.statusCode() == 404) {
            return Optional.empty();
          }
          if (response.statusCode() != 200) {
            throw new SolrException(
                SolrException.ErrorCode.getErrorCode(response.statusCode()),
                "HTTP " + response.statusCode() + " from " + urls.get(n) + path);
          }
          return Optional.of(response.body());
        });
  }

  private static NamedList<Object> parse(HttpResponse<byte[]> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/octet-stream") && !type.startsWith("application/vnd.apache.solr.javabin")) {
      return null;
    }
    return new BinaryResponseParser().processResponse(new ByteArrayInputStream(response.body()), null);
  }

  /** The first answer of {@code attempt} on the nodes tried in turn, each once. */
  private <T> T attempt(String what, Attempt<T> attempt) {
    int start = Math.floorMod(next.getAndIncrement(), clients.size());
    Exception last = null;
    for (int i = 0; i < clients.size(); i++) {
      int n = (start + i) % clients.size();
      try {
        return attempt.on(n);
      } catch (SolrException e) {
        if (e.code() >= 400 && e.code() < 500) {
          throw e;
        }
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SearchUnavailableException(what + ": interrupted", e);
      } catch (SolrServerException | IOException | RuntimeException e) {
        last = e;
      }
    }
    throw new SearchUnavailableException(
        what + ": no Solr node answered (" + String.join(", ", urls) + "): " + describe(last), last);
  }

  /**
   * {@code attempt} (a {@link #call} or {@link #post}) again and again, with a growing pause, until it
   * succeeds or {@code patience} has passed: writes wait for a restarting node or a new shard leader
   * instead of failing.
   */
  public <T> T retrying(Duration patience, Supplier<T> attempt) {
    long deadline = System.nanoTime() + patience.toNanos();
    long pauseMs = 100;
    while (true) {
      try {
        return attempt.get();
      } catch (SearchUnavailableException e) {
        if (System.nanoTime() + pauseMs * 1_000_000 > deadline) {
          throw e;
        }
        sleep(pauseMs);
        pauseMs = Math.min(2_000, pauseMs * 2);
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchUnavailableException("interrupted while waiting for Solr", e);
    }
  }

  private static String describe(Exception e) {
    if (e == null) {
      return "no attempt";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
  }

  @Override
  public void close() throws IOException {
    for (SolrClient client : clients) {
      client.close();
    }
  }
}
