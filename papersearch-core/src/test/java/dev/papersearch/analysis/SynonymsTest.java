package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The synonym file's format, its errors, and the shipped file. */
class SynonymsTest {

  @Test
  void parsesGroupsSkippingCommentsAndBlankLines() {
    Synonyms s = Synonyms.parse("t", "# people\n인간, 사람 ,휴먼\n\n  비용, 코스트  \n");
    assertEquals(List.of(List.of("인간", "사람", "휴먼"), List.of("비용", "코스트")), s.groups());
  }

  @Test
  void errorsNameTheLine() {
    assertEquals(
        "t:2: explicit mappings (=>) are not supported, only groups",
        assertThrows(IllegalArgumentException.class, () -> Synonyms.parse("t", "# x\n사람 => 인간\n")).getMessage());
    assertEquals(
        "t:1: a group needs two words or more",
        assertThrows(IllegalArgumentException.class, () -> Synonyms.parse("t", "사람,\n")).getMessage());
    assertEquals(
        "t:3: '사람' is already in the group of line 1",
        assertThrows(IllegalArgumentException.class, () -> Synonyms.parse("t", "사람, 인간\n\n휴먼, 사람\n")).getMessage());
  }

  @Test
  void theShippedFileLoadsFromTheJar() {
    List<List<String>> groups = Synonyms.shipped().groups();
    assertTrue(groups.size() > 300, "groups: " + groups.size());
    assertTrue(groups.stream().anyMatch(g -> g.contains("사람") && g.contains("인간")), groups.toString());
  }
}
