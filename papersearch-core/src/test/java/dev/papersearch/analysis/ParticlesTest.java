package dev.papersearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms of a Hangul word with and without the particle it ends with. */
class ParticlesTest {

  @Test
  void aWordIsTriedWithAndWithoutItsParticle() {
    assertEquals(List.of("맘바의", "맘바"), Particles.forms("맘바의"));
    assertEquals(List.of("트랜스포머에서", "트랜스포머"), Particles.forms("트랜스포머에서"));
    assertEquals(List.of("모델로", "모델"), Particles.forms("모델로"));
  }

  @Test
  void theEndOfALongerParticleIsNotAParticleOfItsOwn() {
    // 마진으로 is 마진 + 으로; 마진으 + 로 would make 마진으 a word that sounds like "machine".
    assertEquals(List.of("마진으로", "마진"), Particles.forms("마진으로"));
  }

  @Test
  void twoSyllablesStayAfterTheParticle() {
    assertEquals(List.of("개는"), Particles.forms("개는"));
    assertEquals(List.of("플레이", "플레"), Particles.forms("플레이"));
  }
}
