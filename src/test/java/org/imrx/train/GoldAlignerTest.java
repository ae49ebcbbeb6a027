package org.imrx.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.imrx.extract.concept.ConceptTokens;
import org.imrx.text.Span;
import org.junit.jupiter.api.Test;

class GoldAlignerTest {
  private final GoldAligner aligner = new GoldAligner();

  private static List<GoldAligner.Sentence> sentences(String text) {
    List<GoldAligner.Sentence> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '.') {
        out.add(new GoldAligner.Sentence(ConceptTokens.of(text, new Span(start, i))));
        start = i + 1;
      }
    }
    return out;
  }

  private static String shown(String text, List<GoldAligner.Sentence> s, GoldAligner.Window w) {
    List<Span> t = s.get(w.sentence()).tokens();
    return text.substring(t.get(w.first()).start(), t.get(w.end() - 1).end());
  }

  @Test
  void alignsAnItemWordForWordAndANormalisedOne() {
    String text = "Lumbar spine: paraspinal tenderness without spasms. Straight leg raise is negative.";
    var s = sentences(text);
    var a = aligner.align(text, s, List.of("lumbar paraspinal tenderness", "no spasms",
        "negative straight leg raise"));
    assertEquals(3, a.items());
    assertEquals(0, a.unaligned());
    assertEquals("Lumbar spine: paraspinal tenderness", shown(text, s, a.windows().get(0)));
    assertEquals("spasms", shown(text, s, a.windows().get(1)));
    assertEquals("Straight leg raise is negative", shown(text, s, a.windows().get(2)));
  }

  @Test
  void anItemNotStatedIsCountedAndSkipped() {
    String text = "Neck supple. Heart regular.";
    var a = aligner.align(text, sentences(text), List.of("carpal tunnel syndrome"));
    assertEquals(1, a.unaligned());
    assertTrue(a.windows().isEmpty());
  }

  @Test
  void windowsDoNotOverlapAndSidesMustAgree() {
    String text = "Tenderness of the right knee. Tenderness of the left knee.";
    var s = sentences(text);
    var a = aligner.align(text, s, List.of("left knee tenderness", "right knee tenderness"));
    assertEquals(2, a.windows().size());
    assertEquals("Tenderness of the left knee", shown(text, s, a.windows().get(0)));
    assertEquals("Tenderness of the right knee", shown(text, s, a.windows().get(1)));
  }

  @Test
  void aRepeatedItemTakesTheNextFreeMention() {
    String text = "Back pain. Back pain again.";
    var s = sentences(text);
    var a = aligner.align(text, s, List.of("back pain", "back pain"));
    assertEquals(2, a.windows().size());
    assertTrue(a.windows().get(0).sentence() != a.windows().get(1).sentence());
  }
}
