package dev.papersearch.solr.client;

import dev.papersearch.search.SearchUnavailableException;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;

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

  private final List<String> urls;
  private final List<SolrClient> clients = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();

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
    int start = Math.floorMod(next.getAndIncrement(), clients.size());
    Exception last = null;
    for (int i = 0; i < clients.size(); i++) {
      int n = (start + i) % clients.size();
      try {
        return call.on(clients.get(n));
      } catch (SolrException e) {
        if (e.code() >= 400 && e.code() < 500) {
          throw e;
        }
        last = e;
      } catch (SolrServerException | IOException | RuntimeException e) {
        last = e;
      }
    }
    throw new SearchUnavailableException(
        what + ": no Solr node answered (" + String.join(", ", urls) + "): " + describe(last), last);
  }

  /**
   * {@link #call} again and again, with a growing pause, until it succeeds or {@code patience} has
   * passed: writes wait for a restarting node or a new shard leader instead of failing.
   */
  public <T> T retrying(String what, Duration patience, Call<T> call) {
    long deadline = System.nanoTime() + patience.toNanos();
    long pauseMs = 100;
    while (true) {
      try {
        return call(what, call);
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
