package dev.papersearch.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A test client for a server on localhost: well-formed requests, and raw bytes for malformed ones. */
public final class Http {

  /** A response; {@code headers} have lower-case names. */
  public record Reply(int status, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean isJson() {
      String type = header("content-type");
      return type != null && type.startsWith("application/json");
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final int port;

  public Http(int port) {
    this.port = port;
  }

  public Reply get(String pathAndQuery, String... headers) {
    return send("GET", pathAndQuery, null, headers);
  }

  public Reply post(String pathAndQuery, byte[] body, String... headers) {
    return send("POST", pathAndQuery, body, headers);
  }

  /** POSTs {@code body} chunked, without announcing its length. */
  public Reply postChunked(String pathAndQuery, byte[] body, String... headers) {
    return exchange("POST", pathAndQuery, HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body)), headers);
  }

  public Reply send(String method, String pathAndQuery, byte[] body, String... headers) {
    return exchange(method, pathAndQuery, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body), headers);
  }

  private Reply exchange(String method, String pathAndQuery, HttpRequest.BodyPublisher body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .method(method, body);
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> names = new LinkedHashMap<>();
      response.headers().map().forEach((k, v) -> names.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
      return documented(method, pathAndQuery, new Reply(response.statusCode(), names, response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code reply}, once checked against the server's {@code /openapi.json} ({@link OpenApiContract}). */
  private static Reply documented(String method, String pathAndQuery, Reply reply) {
    OpenApiContract.served().check(method, pathAndQuery, reply.status(), reply.header("content-type"), reply.body());
    return reply;
  }

  /**
   * Sends {@code target} byte for byte as the request target of a GET, which no URI class would
   * let through (bad percent-encoding, raw spaces, {@code ..}), and reads the response.
   */
  public Reply raw(byte[] target) {
    return raw("GET", target, null);
  }

  /**
   * Sends {@code method target} byte for byte with {@code headers} (name, value, …) as given, which
   * {@link HttpClient} would not: it refuses to set {@code Host}. The host is {@code localhost}
   * unless {@code headers} name one; {@code body} may be null.
   */
  public Reply raw(String method, byte[] target, byte[] body, String... headers) {
    StringBuilder head = new StringBuilder(" HTTP/1.1\r\n");
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    boolean host = false;
    for (int i = 0; i < headers.length; i += 2) {
      head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      host |= headers[i].equalsIgnoreCase("Host");
    }
    if (!host) {
      head.append("Host: localhost\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      SocketException unsent = null;
      try {
        OutputStream out = socket.getOutputStream();
        out.write((method + " ").getBytes(StandardCharsets.US_ASCII));
        out.write(target);
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
          out.write(body);
        }
        out.flush();
      } catch (SocketException e) {
        // Jetty may answer an oversized request and close before reading all of it: read the answer.
        unsent = e;
      }
      byte[] response = readAll(socket.getInputStream());
      if (response.length == 0 && unsent != null) {
        throw unsent;
      }
      return parse(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything the server sent, also when it reset the connection after sending it. */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        bytes.write(buffer, 0, n);
      }
    } catch (SocketException e) {
      if (bytes.size() == 0) {
        throw e;
      }
    }
    return bytes.toByteArray();
  }

  /** Parses a whole HTTP/1.1 response, with a Content-Length or chunked body. */
  private static Reply parse(byte[] response) {
    String text = new String(response, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("no complete HTTP response: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, at);
      int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new AssertionError("truncated chunked body");
  }
}
