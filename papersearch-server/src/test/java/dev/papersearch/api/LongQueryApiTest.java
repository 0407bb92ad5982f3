package dev.papersearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.search.LuceneSearcher;
import dev.papersearch.search.QueryBudget;
import dev.papersearch.support.Http;
import dev.papersearch.support.RealCorpus;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Queries of the longest length the API accepts ({@code search.max-query-length}), over real HTTP
 * against the real corpus, whose glossary and vocabulary give a word its full set of expansions.
 */
class LongQueryApiTest {

  private static final int MAX_LENGTH = Settings.defaults().maxQueryLength();

  @TempDir static Path dir;
  private static PaperIndex index;
  private static Javalin app;
  private static Http http;

  @BeforeAll
  static void start() {
    index = PaperIndex.open(dir);
    new CorpusIndexer(index).index(RealCorpus.days(), CorpusReader.QUIETLY);
    app = ApiServer.create(new LuceneSearcher(index), Settings.defaults().withPort(0)).start();
    http = new Http(app.port());
  }

  @AfterAll
  static void stop() throws IOException {
    if (app != null) {
      app.stop();
    }
    if (index != null) {
      index.close();
    }
  }

  private static Http.Reply search(String text) {
    assertTrue(text.length() <= MAX_LENGTH, text.length() + " characters");
    Http.Reply reply = http.get("/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    assertTrue(reply.isJson(), reply.headers().toString());
    assertEquals(200, reply.status(), reply.body());
    return reply;
  }

  /**
   * Issue #20's query: one clause per word and expansion took its 256 distinct syllables past Lucene's
   * 1024 clauses (TooManyNestedClauses, a 500). The first words are searched, the rest named.
   */
  @Test
  void theIssuesQueryIsAnsweredAndSaysWhatItLeftOut() {
    List<String> syllables = syllables(256);
    JsonNode notes = search(String.join(" ", syllables)).json().get("query_notes");
    QueryBudget budget = QueryBudget.SHIPPED;
    assertEquals(syllables.subList(budget.expandedWords(), budget.searchedWords()), texts(notes.get("plain_words")));
    assertEquals(syllables.subList(budget.searchedWords(), syllables.size()), texts(notes.get("dropped_words")));
  }

  /** Every shape a query of the maximum length can take is answered. */
  @ParameterizedTest
  @ValueSource(strings = {"one-word", "long-words", "exclusions", "phrases", "one-phrase", "repeated-word", "english"})
  void maximumLengthQueriesOfEveryShapeAreAnswered(String shape) {
    List<String> syllables = syllables(256);
    String text =
        switch (shape) {
          case "one-word" -> String.join("", syllables(MAX_LENGTH));
          case "long-words" -> String.join(" ", IntStream.range(0, 20).mapToObj(i -> String.join("", syllables(24 * (i + 1)).subList(24 * i, 24 * (i + 1)))).toList());
          case "exclusions" -> "모델 " + String.join(" ", syllables.subList(0, 169).stream().map(s -> "-" + s).toList());
          case "phrases" -> String.join(" ", syllables.subList(0, 128).stream().map(s -> '"' + s + '"').toList());
          case "one-phrase" -> '"' + String.join(" ", syllables.subList(0, 255)) + '"';
          case "repeated-word" -> "트랜스포머 ".repeat(MAX_LENGTH / 6).strip();
          default -> "transformer attention diffusion language model ".repeat(MAX_LENGTH / 48).strip();
        };
    assertTrue(search(text).json().has("hits"));
  }

  /** The first {@code n} Hangul syllables, 가 각 갂 …, in the order of their code points. */
  private static List<String> syllables(int n) {
    return IntStream.range(0, n).mapToObj(i -> String.valueOf((char) (0xAC00 + i))).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.asText()));
    return out;
  }
}
