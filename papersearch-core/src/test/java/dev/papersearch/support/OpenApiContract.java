package dev.papersearch.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The server's {@code /openapi.json}, the document it serves, as a check of real responses: every
 * response the API tests receive on a documented route and method must have a documented status (or
 * the operation's {@code default}), a documented media type, and, when JSON, a body valid against that
 * response's schema by a JSON Schema validator in OpenAPI 3.1's dialect (networknt). So the document
 * cannot drift from the code: a field added, renamed or left out fails the test that met it.
 */
public final class OpenApiContract {

  private static final String LOCATION = "https://papersearch.invalid/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;
  private final SchemaRegistry schemas;
  private final Map<String, Schema> byPointer = new ConcurrentHashMap<>();

  private OpenApiContract(String text) {
    try {
      this.document = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("openapi.json is not JSON", e);
    }
    this.schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(LOCATION, text)));
  }

  /** The document the server module carries and serves at {@code /openapi.json}, from the classpath of its tests. */
  public static OpenApiContract served() {
    return Served.CONTRACT;
  }

  /** The document as a server answered {@code GET /openapi.json} (for tests of a server in another process). */
  public static OpenApiContract of(String document) {
    return new OpenApiContract(document);
  }

  /** Read on first use: only the server module's tests have the file on their classpath. */
  private static final class Served {
    static final OpenApiContract CONTRACT = new OpenApiContract(read("/public/openapi.json"));
  }

  public JsonNode document() {
    return document;
  }

  /** The documented path template that {@code path} (no query) falls under, if any. */
  public Optional<String> template(String path) {
    for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      if (path.matches(regex)) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  /**
   * Fails with the reasons when a response to {@code method pathAndQuery} breaks the document; a
   * route or method the document does not describe (a 404 for an unknown path, a 405) is not checked.
   */
  public void check(String method, String pathAndQuery, int status, String contentType, String body) {
    String path = URI.create("http://x" + pathAndQuery.replace(" ", "%20").replace("|", "%7C")).getRawPath();
    Optional<String> template = template(path);
    if (template.isEmpty()) {
      return;
    }
    JsonNode operation = document.get("paths").get(template.get()).get(method.toLowerCase(Locale.ROOT));
    if (operation == null) {
      return;
    }
    String where = method + " " + pathAndQuery + " → " + status;
    JsonNode responses = operation.get("responses");
    String code = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
    JsonNode response = responses.get(code);
    if (response == null) {
      throw new AssertionError(where + ": status not documented for " + method + " " + template.get());
    }
    String pointer = "/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + code;
    if (response.has("$ref")) {
      pointer = response.get("$ref").asText().substring(1);
      response = document.at(pointer);
    }
    JsonNode content = response.get("content");
    if (content == null || body == null || body.isEmpty()) {
      if (content != null && status != 304) {
        throw new AssertionError(where + ": documented with a body, answered with none");
      }
      return;
    }
    String media = contentType == null ? "" : contentType.split(";")[0].strip();
    JsonNode described = content.get(media);
    if (described == null) {
      throw new AssertionError(where + ": media type '" + media + "' not documented (" + content.fieldNames().next() + "…)");
    }
    if (!media.endsWith("json") || !described.has("schema")) {
      return;
    }
    Schema schema =
        byPointer.computeIfAbsent(
            pointer + "/content/" + escape(media) + "/schema",
            p -> schemas.getSchema(SchemaLocation.of(LOCATION + "#" + p)));
    List<Error> errors;
    try {
      errors = schema.validate(JSON.readTree(body));
    } catch (IOException e) {
      throw new AssertionError(where + ": declared " + media + " but not JSON: " + body, e);
    }
    if (!errors.isEmpty()) {
      throw new AssertionError(where + " breaks /openapi.json: " + errors + "\nbody: " + body);
    }
  }

  /** A JSON Pointer's escaping of one reference token (RFC 6901). */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String read(String resource) {
    try (InputStream in = OpenApiContract.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
