package org.imrx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrx.eval.Pairing.Pair;
import org.junit.jupiter.api.Test;

class PairingTest {
  private final SoftMatcher m = new SoftMatcher();

  @Test
  void bestOverlapFirstThenGoldOrder() {
    Pairing p = Pairing.greedy(List.of("lumbar strain", "chronic lumbar strain"), List.of("chronic lumbar strain"), m);
    assertEquals(List.of(new Pair(1, 0)), p.pairs(), "the exact match wins over the earlier gold item");
  }

  @Test
  void tiesGoToTheEarlierGoldItem() {
    Pairing p = Pairing.greedy(List.of("knee pain", "pain of the knee"), List.of("knee pain"), m);
    assertEquals(List.of(new Pair(0, 0)), p.pairs());
    assertTrue(p.predictedFor(1).isEmpty());
  }

  @Test
  void tiesGoToTheEarlierPrediction() {
    Pairing p = Pairing.greedy(List.of("knee pain"), List.of("pain knee", "knee pain"), m);
    assertEquals(List.of(new Pair(0, 0)), p.pairs());
  }

  @Test
  void oneToOne() {
    Pairing p = Pairing.greedy(List.of("neck pain", "neck pain"), List.of("neck pain", "neck pain", "neck pain"), m);
    assertEquals(List.of(new Pair(0, 0), new Pair(1, 1)), p.pairs());
  }

  @Test
  void greedyKeepsTheReferenceChoiceNotTheLargestMatching() {
    // g0-p0 (1.0) is taken first, which leaves g1 (whose only candidate is p0, 0.5) unpaired,
    // although g0-p1 and g1-p0 would pair both: score.py counts it this way, so do we.
    List<String> gold = List.of("neck pain", "neck pain muscle stiffness");
    List<String> pred = List.of("neck pain", "neck pain spasm");
    Pairing p = Pairing.greedy(gold, pred, m);
    assertEquals(List.of(new Pair(0, 0)), p.pairs());
  }

  @Test
  void emptyListsPairNothing() {
    assertEquals(0, Pairing.greedy(List.of(), List.of("x ray"), m).size());
    assertEquals(0, Pairing.greedy(List.of("x ray"), List.of(), m).size());
  }

  @Test
  void aConstraintRemovesCandidatesBeforeTheGreedyChoice() {
    List<String> left = List.of("tenderness of the knee", "tenderness of the knee");
    List<String> right = List.of("tenderness of the knee");
    Pairing p = Pairing.greedy(left, right, new SoftMatcher(), (i, j) -> i == 1);
    assertEquals(1, p.size());
    assertEquals(1, p.pairs().get(0).gold());
  }
}
