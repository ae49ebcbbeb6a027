package org.imrx.extract.concept;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.imrx.text.Span;
import org.junit.jupiter.api.Test;

class ConceptTokensTest {
  @Test
  void keepsSpinalLevelsAndDecimalsWhole() {
    String text = "Disc bulge at L4-5, 2.5 mm; C5 (right).";
    List<Span> t = ConceptTokens.of(text, new Span(0, text.length()));
    assertArrayEquals(new String[] {"Disc", "bulge", "at", "L4", "-", "5", ",", "2.5", "mm", ";",
        "C5", "(", "right", ")", "."}, ConceptTokens.strings(text, t));
  }

  @Test
  void tokensAreOrderedInsideTheSpanOnRandomInput() {
    Random r = new Random(7);
    for (int n = 0; n < 200; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        b.append((char) (r.nextInt(0x250)));
      }
      String text = b.toString();
      Span region = new Span(5, 50);
      int last = region.start();
      for (Span s : ConceptTokens.of(text, region)) {
        assertTrue(s.start() >= last && s.end() <= region.end() && s.length() > 0);
        last = s.end();
      }
    }
  }
}
