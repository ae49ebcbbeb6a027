package org.imrx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountsTest {
  @Test
  void precisionRecallAndF1FromCounts() {
    Counts c = new Counts(3, 1, 2);
    assertEquals(0.75, c.precision(), 1e-12);
    assertEquals(0.6, c.recall(), 1e-12);
    assertEquals(6.0 / 9.0, c.f1(), 1e-12);
    assertEquals(5, c.support());
  }

  @Test
  void nothingAtAllIsUndefinedNotZero() {
    assertTrue(Double.isNaN(Counts.ZERO.precision()));
    assertTrue(Double.isNaN(Counts.ZERO.recall()));
    assertTrue(Double.isNaN(Counts.ZERO.f1()));
    assertEquals(0, Counts.ZERO.support());
  }

  @Test
  void supportWithNothingCorrectIsZeroNotUndefined() {
    Counts missed = new Counts(0, 0, 5);
    assertTrue(Double.isNaN(missed.precision()), "no predictions: precision undefined");
    assertEquals(0.0, missed.recall());
    assertEquals(0.0, missed.f1());
    Counts spurious = new Counts(0, 4, 0);
    assertEquals(0.0, spurious.precision());
    assertTrue(Double.isNaN(spurious.recall()), "no support: recall undefined");
    assertEquals(0.0, spurious.f1());
  }

  @Test
  void countsAdd() {
    assertEquals(new Counts(4, 1, 7), new Counts(1, 0, 3).plus(new Counts(3, 1, 4)));
    assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0));
  }
}
