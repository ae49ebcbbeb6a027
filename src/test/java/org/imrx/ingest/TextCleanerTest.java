package org.imrx.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  private TextCleaner.Cleaned clean(String raw) {
    return cleaner.clean(raw, new int[0]);
  }

  @Test
  void dropsTheBlankLineAfterEveryLine() {
    String raw = "This is a 70 year old female \n\nwith a date of injury on 3-28-11. \n\n"
        + "Objective findings: normal gait. \n\n \n\nIMR ISSUES \n\nCervical MRI: Upheld \n\n";
    String text = clean(raw).text();
    assertEquals("This is a 70 year old female\nwith a date of injury on 3-28-11.\n"
        + "Objective findings: normal gait.\n\nIMR ISSUES\nCervical MRI: Upheld", text);
  }

  @Test
  void keepsParagraphsOfOrdinaryText() {
    String text = clean("First paragraph line one\nline two\n\nSecond paragraph\n").text();
    assertEquals("First paragraph line one\nline two\n\nSecond paragraph", text);
  }

  @Test
  void aSentenceRunningOverAPageBreakIsNoParagraph() {
    String raw = "Physical therapy 12 visits \n\nwas the original request. Treatment 6 visits was \n\n \n\n"
        + " \n\nauthorized by the Claims Administrator. \n\nThe remaining portion is: Upheld \n\n \n\n"
        + "Claims Administrator guideline: none. \n\nMore text \n\nand more. \n\n";
    assertEquals("Physical therapy 12 visits\nwas the original request. Treatment 6 visits was\n"
        + "authorized by the Claims Administrator.\nThe remaining portion is: Upheld\n\n"
        + "Claims Administrator guideline: none.\nMore text\nand more.", clean(raw).text());
  }

  @Test
  void rejoinsDatesBrokenOverALine() {
    assertEquals("Utilization review dated 10-1-15 non-certified",
        clean("Utilization review dated 10-1- \n15 non-certified").text());
    assertEquals("date of service 11-22-16 and", clean("date of service 11-22-\n16 and").text());
  }

  @Test
  void rejoinsWordsBrokenByHyphenation() {
    assertEquals("left radiculopathy at L5", clean("left radicul-\nopathy at L5").text());
    assertEquals("was non-certified by", clean("was non-\ncertified by").text());
    assertEquals("a follow-up visit", clean("a follow-\nup visit").text());
  }

  @Test
  void dropsRepeatedPageHeadersAndPageNumbers() {
    StringBuilder raw = new StringBuilder();
    int[] starts = new int[3];
    for (int p = 0; p < 3; p++) {
      starts[p] = raw.length();
      raw.append("ACME Medical Group - Confidential\n");
      raw.append(new String[] {"The worker was seen", "Treatment plan reviewed", "Follow up"}[p])
          .append(" and body text of page ").append(p + 1).append(" continues here.\n");
      raw.append("Another line ").append("xyz".charAt(p)).append(" of findings.\n");
      raw.append("Page ").append(p + 1).append(" of 3\n");
    }
    TextCleaner.Cleaned c = cleaner.clean(raw.toString(), starts);
    assertFalse(c.text().contains("Confidential"), c.text());
    assertFalse(c.text().contains("of 3"), c.text());
    assertTrue(c.text().contains("body text of page 2 continues here."));
    assertEquals(3, c.pageStarts().length);
    assertTrue(c.text().startsWith("Treatment plan reviewed", c.pageStarts()[1]));
  }

  @Test
  void everyCleanCharacterMapsBackToTheSameRawCharacter() {
    Random random = new Random(42);
    String alphabet = "ab -\n\n\t\r1/0.:\u00a0\u00adXY";
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(300);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String raw = sb.toString();
      TextCleaner.Cleaned c = clean(raw);
      int previous = -1;
      for (int i = 0; i < c.text().length(); i++) {
        int r = c.offsets().toRaw(i);
        assertTrue(r > previous, "offsets ascend");
        previous = r;
        char ch = c.text().charAt(i);
        char rc = raw.charAt(r);
        assertTrue(ch == rc || Character.isWhitespace(ch) && (Character.isWhitespace(rc)
            || Character.isSpaceChar(rc)), "char " + i + " of round " + round);
      }
    }
  }
}
