package org.imrx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryScoreTest {
  @Test
  void countsSentenceEnds() {
    List<Span> gold = List.of(new Span(0, 10), new Span(11, 20));
    List<Span> predicted = List.of(new Span(0, 5), new Span(6, 10), new Span(11, 20));
    BoundaryScore s = BoundaryScore.of(gold, predicted);
    assertEquals(new BoundaryScore(2, 3, 2), s);
    assertEquals(2.0 / 3, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
    assertEquals(0.8, s.f1(), 1e-9);
    assertEquals(new BoundaryScore(4, 6, 4), s.plus(s));
  }

  @Test
  void nothingScoresZero() {
    assertEquals(0.0, BoundaryScore.ZERO.f1());
  }
}
