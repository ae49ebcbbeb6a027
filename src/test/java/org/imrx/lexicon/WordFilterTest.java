package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordFilterTest {
  private final WordFilter filter = new WordFilter(List.of("norco", "mri", "gabapentin"));

  @Test
  void passesEveryWordInAnyCase() {
    String text = "Takes NORCO, had an Mri; gabapentin";
    assertTrue(filter.mayContain(text, 6, 11));
    assertTrue(filter.mayContain(text, 20, 23));
    assertTrue(filter.mayContain(text, 25, 35));
  }

  @Test
  void stopsWordsItWasNotGiven() {
    String text = "Takes tramadol";
    assertFalse(filter.mayContain(text, 0, 5));
    assertFalse(filter.mayContain(text, 6, 14));
  }

  @Test
  void passesWordsOutsideAscii() {
    assertTrue(filter.mayContain("DİAZEPAM", 0, 8));
  }
}
