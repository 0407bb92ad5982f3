package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A query's text reads back as the same query: what the SolrCloud client sends its shards. */
class UserQueryTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "트랜스포머 모델",
        "transfromer \"language model\" -vision",
        "\"unclosed phrase",
        "--double -\"quoted\" - OR a\"b",
        "GPT-4o qwen2 vl \u0007 x",
        ""
      })
  void theTextOfAQueryParsesToTheQuery(String typed) {
    UserQuery query = UserQuery.parse(typed);
    assertEquals(query, UserQuery.parse(query.text()), query.text());
  }

  @Test
  void wordsAsMeantAreWrittenWithThePhrasesAndExclusionsAsTyped() {
    UserQuery meant = new UserQuery(List.of("트랜스포머"), List.of("language model"), List.of("vision"));
    assertEquals("트랜스포머 \"language model\" -vision", meant.text());
  }
}
