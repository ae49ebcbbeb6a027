package org.imrx.extract.negation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import org.imrx.ConfigurationException;
import org.imrx.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegExNegationDetectorTest {
  static NegExNegationDetector detector;

  @BeforeAll
  static void load() throws ConfigurationException {
    detector = NegExNegationDetector.load();
  }

  /** Whether {@code target} (its first occurrence) is negated in {@code sentence}. */
  static Negation in(String sentence, String target) {
    int i = sentence.indexOf(target);
    assertTrue(i >= 0, target);
    return detector.negation(sentence, new Span(0, sentence.length()), new Span(i, i + target.length()));
  }

  static String trigger(String sentence, String target) {
    Negation n = in(sentence, target);
    return n.negated() ? n.trigger().text(sentence) : null;
  }

  @ParameterizedTest(name = "{0} -> {1} negated by {2}")
  @CsvSource(delimiter = '|', textBlock = """
      No tenderness to palpation.                          | tenderness        | No
      The patient denies numbness.                         | numbness          | denies
      Extremities without edema.                           | edema             | without
      Negative for chest pain.                             | chest pain        | Negative for
      Negative Romberg.                                    | Romberg           | Negative
      Romberg negative.                                    | Romberg           | negative
      Straight leg raise test was negative.                | Straight leg raise| negative
      There is no evidence of fracture.                    | fracture          | no evidence of
      Absence of reflexes at the ankles.                   | reflexes          | Absence of
      Lungs free of wheezes.                               | wheezes           | free of
      Spurling's (-).                                      | Spurling          | (-)
      The left patella was not tender.                     | tender            | not
      No swelling, deformities, joint asymmetry or atrophy.| atrophy           | No
      Skin unremarkable.                                   | Skin              | unremarkable
      Fracture was ruled out.                              | Fracture          | was ruled out
      She denied any pain, numbness, tingling or weakness. | weakness          | denied
      """)
  void negatesInScope(String sentence, String target, String cue) {
    assertEquals(cue, trigger(sentence, target));
  }

  @ParameterizedTest(name = "{0} -> {1} affirmed")
  @CsvSource(delimiter = '|', textBlock = """
      Tenderness over the right trapezius.                         | Tenderness
      Positive Spurling test.                                      | Spurling
      No change in the tenderness.                                 | tenderness
      There was no increase in swelling.                           | swelling
      Not only tenderness but also spasm.                          | spasm
      Metastasis cannot be ruled out.                              | Metastasis
      No edema but tenderness over the knee.                       | tenderness
      No spasm; tenderness at L4-5.                                | tenderness
      She complained of nausea but denied vomiting.                | nausea
      Negative Neer's test, positive Hawkins test.                 | Hawkins
      No fever. Cough for two days.                                | Cough
      Ambulates without difficulty.                                | Ambulates
      The Romberg test was not negative.                           | Romberg
      No tenderness was found in the neck, which had some swelling.| swelling
      """)
  void leavesOthersAlone(String sentence, String target) {
    assertNull(trigger(sentence, target));
  }

  @Test
  void windowLimitsHowFarACueReaches() {
    String s = "No tenderness of the neck, shoulders, elbows, wrists, hands, hips, knees, ankles, feet or"
        + " toes on the exam and swelling";
    assertTrue(in(s, "tenderness").negated());
    assertFalse(in(s, "swelling").negated());
  }

  @Test
  void phraseFormNegatesItsOwnConcept() {
    assertTrue(detector.negation("no murmurs").negated());
    assertTrue(detector.negation("Hawkins test negative").negated());
    assertFalse(detector.negation("positive Hawkins test").negated());
    assertFalse(detector.negation("normal gait").negated());
    assertEquals("no", detector.negation("no murmurs").trigger().text("no murmurs"));
  }

  @Test
  void doubleNegationIsNotCountedTwice() {
    // Two cues over one concept: negated once, not cancelled.
    assertTrue(in("No evidence of no reflex.", "reflex").negated());
    assertFalse(in("Not without pain on flexion.", "pain").negated());
  }

  @Test
  void targetOutsideScopeIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> detector.negation("no edema", new Span(0, 2), new Span(3, 8)));
  }

  @Test
  void customCueListsAreValidated() throws ConfigurationException {
    NegationDetector d = new NegExNegationDetector(
        NegationCues.of(Map.of("sans", EnumSet.of(CueKind.PRE))), 3, 3);
    assertTrue(d.negation("sans edema").negated());
    assertFalse(d.negation("no edema").negated());
    assertThrows(ConfigurationException.class,
        () -> NegationCues.of(Map.of("--", EnumSet.of(CueKind.PRE))));
  }

  @Test
  void randomInputNeverThrows() {
    Random r = new Random(42);
    String alphabet = "no not negative (-) without; . but abc ";
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(60);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      int x = r.nextInt(s.length() + 1);
      int y = x + r.nextInt(s.length() - x + 1);
      Negation neg = detector.negation(s, new Span(0, s.length()), new Span(x, y));
      if (neg.negated()) {
        assertTrue(neg.trigger().end() <= s.length());
      }
    }
  }
}
