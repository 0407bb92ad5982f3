package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusFolder;
import dev.papersearch.index.LiveIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.TestIndexes;
import dev.papersearch.support.Http;
import dev.papersearch.support.OpenApiContract;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /openapi.json}: it is the document the tests check every response against ({@link
 * OpenApiContract}, used by {@link Http} and {@code ApiServerTest}), it names every route the server
 * has (admin routes included) and no route it lacks, and the check it drives fails on a response that
 * breaks it.
 */
class OpenApiDocumentTest {

  private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);
  /** The page's files ({@link WebPage#FILES}) documented, because other sites load them; the rest are the page's own. */
  private static final Set<String> FILES = Set.of("get /", "get /widget.js", "get /openapi.json");

  @TempDir static Path dir;
  private static PaperIndex index;
  private static Javalin app;
  private static Http http;

  @BeforeAll
  static void start() {
    index = TestIndexes.sampleIndex(dir.resolve("index"));
    LiveIndexer live = new LiveIndexer(index, new CorpusFolder(TestIndexes.sampleDir()));
    Settings settings = Settings.load(null, Map.of(), Map.of("server.port", "0", "admin.token", "a-token-of-at-least-16-chars"));
    Service service = new Service(() -> BackendStats.of(index.stats()), Optional.of(live), Readiness.ready());
    app = ApiServer.create(new LuceneSearcher(index), settings, service).start();
    http = new Http(app.port());
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    index.close();
  }

  @Test
  void theServedDocumentIsTheOneTheTestsCheckAgainst() throws IOException {
    Http.Reply served = http.get("/openapi.json");
    assertEquals(200, served.status());
    assertTrue(served.isJson(), served.headers().toString());
    assertEquals(OpenApiContract.served().document(), new ObjectMapper().readTree(served.body()));
    assertEquals("3.1.0", served.json().get("openapi").asText());
  }

  @Test
  void everyRouteOfTheServerIsDocumentedAndNoOther() {
    Set<String> routes = new TreeSet<>();
    app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> METHODS.contains(endpoint.method))
        .filter(endpoint -> !WebPage.FILES.contains(endpoint.path.substring(1)))
        .forEach(endpoint -> routes.add(endpoint.method.name().toLowerCase(Locale.ROOT) + " " + endpoint.path));
    Set<String> documented = new TreeSet<>();
    OpenApiContract.served().document().get("paths").fields()
        .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> documented.add(method + " " + path.getKey())));
    Set<String> expected = new TreeSet<>(routes);
    expected.addAll(FILES);
    assertEquals(expected, documented);
    for (String file : FILES) {
      assertEquals(200, http.get(file.substring(4)).status(), file);
    }
  }

  @Test
  void aResponseThatBreaksTheDocumentFailsTheCheck() throws IOException {
    OpenApiContract contract = OpenApiContract.served();
    Http.Reply search = http.get("/api/search?q=transformer&size=2");
    ObjectNode body = (ObjectNode) search.json();
    String type = search.header("content-type");

    ObjectNode missing = body.deepCopy();
    missing.remove("took_ms");
    assertThrows(AssertionError.class, () -> contract.check("GET", "/api/search?q=x", 200, type, missing.toString()));
    ObjectNode extra = body.deepCopy();
    ((ObjectNode) extra.get("hits").get(0)).put("abstract", "not documented");
    assertThrows(AssertionError.class, () -> contract.check("GET", "/api/search?q=x", 200, type, extra.toString()));
    ObjectNode wrongType = body.deepCopy();
    wrongType.put("total", "many");
    assertThrows(AssertionError.class, () -> contract.check("GET", "/api/search?q=x", 200, type, wrongType.toString()));
    assertThrows(AssertionError.class, () -> contract.check("GET", "/api/search?q=x", 200, "text/html", body.toString()), "a media type not documented");
    assertThrows(AssertionError.class, () -> contract.check("GET", "/health", 200, type, "{\"status\":\"ok\"}"));
    assertThrows(
        AssertionError.class,
        () -> contract.check("GET", "/api/papers/2401.00001", 200, type, http.get("/api/papers/" + body.get("hits").get(0).get("id").asText()).body().replace("\"bullets\"", "\"points\"")));

    contract.check("GET", "/api/search?q=x", 200, type, body.toString());
    JsonNode error = http.get("/api/search?size=-1").json();
    contract.check("GET", "/api/search?size=-1", 400, type, error.toString());
    contract.check("GET", "/no/such/route", 404, type, "{}"); // undocumented routes are not this check's business
  }
}
