package dev.papersearch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A generated section kept, replaced and carried between versions of a report. */
class MarkedSectionTest {

  private static final MarkedSection SECTION = new MarkedSection("x");

  @Test
  void replaceInAppendsOnceThenReplaces() {
    String once = SECTION.replaceIn("# Report\n", "first");
    assertEquals("# Report\n\n<!-- x:begin -->\nfirst\n<!-- x:end -->\n", once);
    assertEquals(once.replace("first", "second"), SECTION.replaceIn(once, "second"));
  }

  @Test
  void carryOverTakesTheSectionIntoANewReport() {
    String old = SECTION.replaceIn("# Old\n", "kept");
    assertEquals("# New\n\n<!-- x:begin -->\nkept\n<!-- x:end -->\n", SECTION.carryOver(old, "# New\n"));
    assertEquals("# New\n", SECTION.carryOver("# Old without it\n", "# New\n"));
  }
}
