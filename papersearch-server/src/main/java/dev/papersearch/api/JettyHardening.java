package dev.papersearch.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Header;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What the server does below Javalin's routes: security headers on every response, no method but
 * the request's own, a JSON body for the errors Jetty answers itself (a malformed request line,
 * headers too large), and a graceful stop that lets requests in flight finish.
 */
final class JettyHardening {

  /** Sent with every response, errors included; the page adds its CSP ({@link WebPage}). */
  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          Header.X_CONTENT_TYPE_OPTIONS, "nosniff",
          "Referrer-Policy", "strict-origin-when-cross-origin");

  private JettyHardening() {}

  static void install(JavalinConfig cfg, Duration shutdownTimeout) {
    cfg.jetty.modifyServer(
        server -> {
          // Jetty's context handler is graceful: with a stop timeout, stopping closes the port
          // and waits up to that long for requests in flight.
          server.setStopTimeout(shutdownTimeout.toMillis());
          server.insertHandler(new SecurityHeaders());
          server.insertHandler(new RealMethodOnly());
          server.setErrorHandler(new JsonErrors());
        });
  }

  static void addSecurityHeaders(HttpFields.Mutable headers) {
    SECURITY_HEADERS.forEach(headers::put);
  }

  /** Puts the headers on before anything else handles the request. */
  private static final class SecurityHeaders extends Handler.Wrapper {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      addSecurityHeaders(response.getHeaders());
      return super.handle(request, response, callback);
    }
  }

  /**
   * Takes {@code X-HTTP-Method-Override} off every request: Javalin's {@code Context.method()}
   * prefers that header to the request's method and routes by it, so a GET carrying it would reach
   * a POST route (a reindex). Only a real POST may.
   */
  private static final class RealMethodOnly extends Handler.Wrapper {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      if (!request.getHeaders().contains(Header.X_HTTP_METHOD_OVERRIDE)) {
        return super.handle(request, response, callback);
      }
      HttpFields headers = HttpFields.build(request.getHeaders()).remove(Header.X_HTTP_METHOD_OVERRIDE).asImmutable();
      Request withoutOverride =
          new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
              return headers;
            }
          };
      return super.handle(withoutOverride, response, callback);
    }
  }

  /** Jetty's own error responses in the API's error shape instead of an HTML page. */
  private static final class JsonErrors extends ErrorHandler {

    @Override
    protected void generateResponse(
        Request request, Response response, int code, String message, Throwable cause, Callback callback)
        throws IOException {
      HttpFields.Mutable headers = response.getHeaders();
      headers.put(HttpHeader.CONTENT_TYPE, "application/json");
      addSecurityHeaders(headers);
      response.write(true, ByteBuffer.wrap(json(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, "application/json");
      addSecurityHeaders(fields);
      return ByteBuffer.wrap(json(status, reason));
    }

    private static byte[] json(int code, String message) {
      String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
      try {
        return ApiServer.objectMapper().writeValueAsBytes(ErrorBody.of(code, "request refused: " + text));
      } catch (IOException e) {
        return ("{\"error\":{\"status\":" + code + ",\"message\":\"request refused\"}}").getBytes(StandardCharsets.UTF_8);
      }
    }
  }
}
