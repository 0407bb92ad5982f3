package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.papersearch.config.Settings;
import dev.papersearch.search.TestIndexes;
import dev.papersearch.support.Http;
import dev.papersearch.support.ServedIndex;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/suggest} over real HTTP, against the server on a free port over the sample. */
class SuggestApiTest {

  @TempDir static Path dir;
  private static ServedIndex served;
  private static Http http;

  @BeforeAll
  static void start() {
    served = ServedIndex.start(TestIndexes.sampleIndex(dir), Settings.defaults());
    http = served.http();
  }

  @AfterAll
  static void stop() throws IOException {
    served.close();
  }

  private static JsonNode suggest(String q) {
    Http.Reply reply = http.get("/api/suggest?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.isJson(), reply.headers().toString());
    return reply.json();
  }

  /** The suggestions as {@code text (kind count)}. */
  private static List<String> offered(String q) {
    List<String> out = new ArrayList<>();
    suggest(q).get("suggestions").forEach(
        s -> out.add(s.get("text").asText() + " (" + s.get("kind").asText() + " " + s.get("count").asInt() + ")"));
    return out;
  }

  @Test
  void answersWithTheDocumentedShape() {
    JsonNode body = suggest("트랜슾");
    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("query", "suggestions", "took_ms"), fields);
    assertEquals("트랜슾", body.get("query").asText());
    List<String> entry = new ArrayList<>();
    body.get("suggestions").get(0).fieldNames().forEachRemaining(entry::add);
    assertEquals(List.of("text", "kind", "count"), entry);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "트랜슾 | 트랜스포머 (term 7)", // a prefix as the IME shows it while typing 트랜스포머
        "ㅌㄹㅅㅍㅁ | 트랜스포머 (term 7)", // initial consonants
        "xmfostm | 트랜스포머 (term 7)", // typed in English mode
        "ㅣㅐㄱ | LoRA (model 2); LoRA: Low-Rank Adaptation of Large Language Models (title 1)", // in Korean mode (a title's name, a summary's word)
        "모댈 | 모델 (term 15); 모델링 (term 2)", // a slip
        "gu | Albert Gu (author 1); Daya Guo (author 1); Guijin Son (author 1); guanaco (term 1)", // a summary's English word too
        "확산 ㅁ | 확산 모델 (term 15); 확산 만 (term 4); 확산 만들 (term 4); 확산 문제 (term 4); 확산 미세 (term 4)",
      })
  void completesWhatWasTypedTheWayItWasTyped(String q, String expected) {
    assertEquals(List.of(expected.split("; ")), offered(q));
  }

  @Test
  void sizeLimitsTheSuggestionsAndABlankQueryHasNone() {
    Http.Reply one = http.get("/api/suggest?q=gu&size=1");
    assertEquals(1, one.json().get("suggestions").size(), one.body());
    assertEquals(List.of(), offered(" "));
    assertEquals(0, http.get("/api/suggest").json().get("suggestions").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"size=0", "size=21", "size=abc", "size=-3"})
  void badSizesAre400NamingTheParameter(String query) {
    Http.Reply reply = http.get("/api/suggest?q=gu&" + query);
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.json().get("error").get("message").asText().startsWith("size:"), reply.body());
  }

  @Test
  void aTooLongQueryIs400() {
    Http.Reply reply = http.get("/api/suggest?q=" + "가".repeat(600));
    assertEquals(400, reply.status());
    assertTrue(reply.json().get("error").get("message").asText().startsWith("q:"), reply.body());
  }
}
