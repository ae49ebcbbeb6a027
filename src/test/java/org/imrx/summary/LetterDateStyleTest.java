package org.imrx.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LetterDateStyleTest {
  @Test
  void datesAreWrittenAsTheLettersWriteThem() {
    assertEquals("10-16-16", LetterDateStyle.format("2016-10-16"));
    assertEquals("11-3-16", LetterDateStyle.format("2016-11-03"));
    assertEquals("1-5-09", LetterDateStyle.format("2009-01-05"));
    assertEquals("March 2016", LetterDateStyle.format("2016-03"));
    assertEquals("2016", LetterDateStyle.format("2016"));
    assertEquals("on", LetterDateStyle.preposition("2016-10-16"));
    assertEquals("in", LetterDateStyle.preposition("2016-03"));
  }

  @Test
  void partialDatesAreCompatibleWithTheDaysTheyHold() {
    assertTrue(LetterDateStyle.compatible("2016-10", "2016-10-16"));
    assertTrue(LetterDateStyle.compatible("2016", "2016-10-16"));
    assertFalse(LetterDateStyle.compatible("2016-10-10", "2016-10-16"));
    assertFalse(LetterDateStyle.compatible("2016-01", "2016-10-16"));
  }
}
