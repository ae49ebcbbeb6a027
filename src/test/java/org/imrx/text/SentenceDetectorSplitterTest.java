package org.imrx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceDetectorSplitterTest {
  private static SentenceDetectorSplitter splitter;

  @BeforeAll
  static void load() throws Exception {
    splitter = SentenceDetectorSplitter.bundled();
  }

  private static List<String> split(String text) {
    return splitter.sentences(text).stream().map(s -> s.text(text)).toList();
  }

  @Test
  void keepsAbbreviationsAndDatesInsideSentences() {
    assertEquals(List.of("She was seen by Dr. Smith on 3-28-11.",
        "She takes Naproxen 550 mg b.i.d. with food, approx. 2 tablets a day.",
        "Mrs. Garcia agreed."),
        split("She was seen by Dr. Smith on 3-28-11. She takes Naproxen 550 mg b.i.d. with food,"
            + " approx. 2 tablets a day. Mrs. Garcia agreed."));
  }

  @Test
  void splitsNumberedListsAndHeadings() {
    assertEquals(List.of("IMPRESSION:", "1. Lumbar strain.", "2. Left L5 radiculopathy",
        "PLAN: Physical therapy."),
        split("IMPRESSION:\n1. Lumbar strain.\n2. Left L5 radiculopathy\nPLAN: Physical therapy."));
  }

  @Test
  void aSentenceRunsOnOverAPageBreak() {
    assertEquals(List.of("Grip strength was 4/5 on the\n\nright.", "Sensation was intact."),
        split("Grip strength was 4/5 on the\n\nright. Sensation was intact."));
  }

  @Test
  void aBlankLineBeforeACapitalEndsABlock() {
    assertEquals(2, split("Work status: modified duty\n\nFollow up in 4 weeks").size());
  }

  @Test
  void spansAreOrderedTrimmedAndInside() {
    Random r = new Random(3);
    String[] parts = {"Dr.", "pain", ".", " ", "\n", "\n\n", "1.", "b.i.d.", "The", "x-ray", ",",
        "e.g.", "L4-5.", "a"};
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = r.nextInt(40); j > 0; j--) {
        b.append(parts[r.nextInt(parts.length)]).append(r.nextBoolean() ? " " : "");
      }
      String t = b.toString();
      int last = 0;
      for (Span s : splitter.sentences(t)) {
        assertTrue(s.start() >= last && s.end() <= t.length() && s.length() > 0);
        assertEquals(s, s.trim(t));
        last = s.end();
      }
    }
  }
}
