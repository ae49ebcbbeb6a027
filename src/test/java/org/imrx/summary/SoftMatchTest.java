package org.imrx.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer's soft match, on cases the guideline describes. */
class SoftMatchTest {
  @Test
  void containedOrOverlappingWordsMatch() {
    assertTrue(SoftMatch.matches("MRI of the lumbar spine", "lumbar spine MRI"));
    assertTrue(SoftMatch.matches("Norco 10/325mg", "Norco 10/325 mg #60"));
    assertFalse(SoftMatch.matches("lumbar strain", "cervical sprain"));
  }

  @Test
  void sidePolarityAndLevelMustAgree() {
    assertFalse(SoftMatch.matches("left knee pain", "right knee pain"));
    assertFalse(SoftMatch.matches("positive straight leg raise", "negative straight leg raise"));
    assertFalse(SoftMatch.matches("disc protrusion at L4-5", "disc protrusion at L5-S1"));
    assertTrue(SoftMatch.matches("bilaterally tender knees", "bilateral tender knees"));
  }

  @Test
  void pairingIsOneToOneBestFirst() {
    List<SoftMatch.Pair> p = SoftMatch.pair(List.of("lumbar strain", "lumbar strain"), List.of("lumbar strain"));
    assertEquals(1, p.size());
    assertEquals(0, p.get(0).left());
  }
}
