package org.imrx.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Running lines of two-page documents, and paragraphs of word-processing text. */
class TextCleanerEdgesTest {
  private final TextCleaner cleaner = new TextCleaner();

  private static int[] starts(String raw, String... pageOpenings) {
    int[] out = new int[pageOpenings.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = raw.indexOf(pageOpenings[i]);
    }
    return out;
  }

  @Test
  void aLineAtTheSameEdgeOfBothPagesIsARunningLine() {
    String raw = "Acme Review Notice\nFirst page body line one.\nBody line two.\nClaim 12 Page 1 of 2\n"
        + "Acme Review Notice\nSecond page body.\nClaim 12 Page 2 of 2\n";
    TextCleaner.Cleaned c = cleaner.clean(raw, starts(raw, "Acme", "Acme Review Notice\nSecond"));
    assertFalse(c.text().contains("Acme Review Notice"), c.text());
    assertFalse(c.text().contains("Page 1 of 2"), c.text());
    assertTrue(c.text().contains("First page body line one.\nBody line two.\n"), c.text());
    assertEquals(2, c.pageStarts().length);
    assertTrue(c.text().startsWith("Second page body.", c.pageStarts()[1]), c.text());
  }

  @Test
  void aLineRepeatedAtDifferentPlacesOfTwoPagesIsKept() {
    String raw = "Title of the note\nnot medically necessary.\nMore text here.\n"
        + "Other opening line\nStill more text.\nnot medically necessary.\n";
    TextCleaner.Cleaned c = cleaner.clean(raw, starts(raw, "Title", "Other"));
    assertEquals(2, c.text().split("not medically necessary\\.", -1).length - 1, c.text());
  }

  @Test
  void paragraphLinesKeepTheBlankLinesBetweenThem() {
    String raw = "First paragraph, one long line.\n\nSecond paragraph.\n\nThird.\n\nFourth.\n\nFifth.\n";
    assertEquals(raw.strip(), cleaner.clean(raw, new int[0], true).text().strip());
    assertFalse(cleaner.clean(raw, new int[0], false).text().contains("\n\n"),
        "elsewhere a blank line after every line is an export artifact");
  }
}
