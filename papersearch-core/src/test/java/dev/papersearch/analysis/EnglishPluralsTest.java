package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The singular tried after an English word as typed. */
class EnglishPluralsTest {

  @Test
  void regularPluralsGiveTheirSingular() {
    assertEquals(List.of("profiles", "profile"), EnglishPlurals.forms("profiles"));
    assertEquals(List.of("Layers", "Layer"), EnglishPlurals.forms("Layers"));
    assertEquals(List.of("policies", "policy"), EnglishPlurals.forms("policies"));
    assertEquals(List.of("patches", "patch"), EnglishPlurals.forms("patches"));
    assertEquals(List.of("boxes", "box"), EnglishPlurals.forms("boxes"));
    assertEquals(List.of("images", "image"), EnglishPlurals.forms("images"));
  }

  @Test
  void wordsThatOnlyEndInSStayAsTyped() {
    for (String word : List.of("loss", "corpus", "analysis", "gas", "its")) {
      assertEquals(List.of(word), EnglishPlurals.forms(word), word);
    }
  }
}
