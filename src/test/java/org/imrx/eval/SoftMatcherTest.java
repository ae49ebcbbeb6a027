package org.imrx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SoftMatcherTest {
  private final SoftMatcher m = new SoftMatcher();

  @Test
  void casesOfTestScorePy() {
    assertFalse(m.matches("left knee pain", "right knee pain"));
    assertFalse(m.matches("negative straight leg raise", "positive straight leg raise"));
    assertFalse(m.matches("tenderness at L4", "tenderness at L5"));
    assertTrue(m.matches("Norco 10/325mg", "Norco 10/325 mg"));
    assertTrue(m.matches("lumbar strain", "lumbar sprain/strain"));
    assertTrue(m.matches("knee pain", "left knee pain"));
  }

  @Test
  void tokensSplitNumbersFromUnitsAndWordsAtSlashes() {
    assertEquals(List.of("norco", "10", "325", "mg"), m.tokens("Norco 10/325mg"));
    assertEquals(List.of("2.5", "mg"), m.tokens("2.5mg"));
    assertEquals(List.of("l4", "5"), m.tokens("L4-5"));
    assertEquals(List.of("c5", "c6"), m.tokens("C5-C6"));
    assertEquals(List.of("sprain", "strain"), m.tokens("sprain/strain"));
    assertEquals(List.of("５", "mg"), m.tokens("５mg"), "any decimal digit, as Python's \\d");
    assertEquals(List.of(), m.tokens(null));
  }

  @Test
  void stopWordsAreNotContent() {
    assertEquals(Set.of("history", "lumbar", "strain"), m.words("The patient's history of a lumbar strain"));
    assertFalse(m.matches("the of", "the of"), "no content words: no match");
    assertFalse(m.matches("", ""));
  }

  @Test
  void containmentOrHalfOverlap() {
    assertTrue(m.matches("lumbar spine tenderness", "lumbar spine spasm"), "Jaccard 2/4 = 0.5");
    assertFalse(m.matches("cervical spine tenderness", "lumbar spine spasm"), "Jaccard 1/5");
    assertTrue(m.matches("pain", "chronic severe low back pain with radiation"), "containment");
  }

  @Test
  void qualifiersMustAgreeWhereBothStateThem() {
    assertTrue(m.matches("bilateral knee pain", "knee pain bilaterally"));
    assertFalse(m.matches("left and right knee pain", "left knee pain"), "{left,right} is not {left}");
    assertTrue(m.matches("straight leg raise", "negative straight leg raise"), "only one states polarity");
    assertFalse(m.matches("tenderness at L4-5", "tenderness at L4-L5"), "levels {l4} and {l4,l5} differ");
    assertTrue(m.matches("disc protrusion at C5", "C5 disc protrusion"));
  }

  @Test
  void overlapIsJaccardOfContentWords() {
    assertEquals(2.0 / 3.0, m.overlap(m.words("lumbar strain"), m.words("chronic lumbar strain")), 1e-12);
    assertEquals(0.0, m.overlap(Set.of(), Set.of()));
  }
}
