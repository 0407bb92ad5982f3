package dev.papersearch.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Another site, on its own port (so another origin), whose page embeds the widget the way the
 * README tells publishers to. {@code localhost} and {@code 127.0.0.1} on this port are two origins:
 * tests allow one and not the other.
 */
final class HostPage implements AutoCloseable {

  private final HttpServer server;
  private volatile String html = "";

  private HostPage(HttpServer server) {
    this.server = server;
  }

  static HostPage start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(0), 0);
      HostPage page = new HostPage(server);
      server.createContext(
          "/",
          exchange -> {
            byte[] body = page.html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
      return page;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The origin the API allows. */
  String origin() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  /** The same page from an origin the API does not allow. */
  String otherOrigin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** From now on the page is a blog post with {@code <paper-search ATTRIBUTES>} from {@code api}. */
  void embed(String api, String attributes, String css) {
    html =
        """
        <!doctype html>
        <html lang="ko"><head><meta charset="utf-8"><title>Daily Papers 읽기 모임</title>
        <style>
          body { font: 17px/1.6 Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #3b2f2f; background: #fbf7f0; }
          h1 { font-size: 1.6rem; } li, a, input { color: rgb(200, 0, 0) !important; font-size: 30px; }
          %s
        </style></head>
        <body>
          <h1>Daily Papers 읽기 모임</h1>
          <p>매일 올라오는 AI 논문 요약을 함께 읽습니다. 지난 요약은 아래에서 찾아보세요.</p>
          <script type="module" src="%s/widget.js"></script>
          <paper-search api="%s" %s></paper-search>
          <p>이 블로그의 나머지 글은 그대로입니다.</p>
        </body></html>
        """
            .formatted(css, api, api, attributes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
