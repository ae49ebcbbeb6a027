package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LateralityTest {
  @Test
  void readsSides() {
    assertEquals("left", Laterality.of("left knee pain"));
    assertEquals("right", Laterality.of("right-sided sciatica"));
    assertEquals("bilateral", Laterality.of("knees bilaterally"));
    assertEquals("bilateral", Laterality.of("left and right wrists"));
    assertEquals("bilateral", Laterality.of("both shoulders"));
    assertEquals("left", Laterality.of("L knee effusion"));
    assertNull(Laterality.of("lumbar strain"));
    assertNull(Laterality.of("he was all right"));
  }
}
