package org.imrx.extract.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.imrx.ConfigurationException;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ExamVocabulary;
import org.imrx.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cutting exam text into findings: sentences written for these tests. */
class FindingSplitterTest {
  static FindingSplitter splitter;

  @BeforeAll
  static void load() throws ConfigurationException {
    splitter = new FindingSplitter(ExamVocabulary.load(), BodyPartLexicon.load());
  }

  static String split(String s, String label) {
    return String.join(" | ", splitter.split(s, new Span(0, s.length()), label).stream()
        .map(FindingText::text).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      tenderness over the cervical spine, left scapula and lumbar paraspinal muscles # tenderness over the cervical spine | tenderness over left scapula | tenderness over lumbar paraspinal muscles
      spasms and tenderness of the thoracic spine and paravertebral musculature L2-L4 # spasms of the thoracic spine | tenderness of the thoracic spine | spasms of paravertebral musculature L2-L4 | tenderness of paravertebral musculature L2-L4
      There were no spasms in the paracervical, scalene and trapezius muscles. # no spasms in the paracervical muscles | no spasms in scalene muscles | no spasms in trapezius muscles
      Strength, sensation and reflexes were intact. # Strength intact | sensation intact | reflexes intact
      Gait and station were normal. # Gait normal | station normal
      negative Hawkins', Neer's and drop arm tests # negative Hawkins' tests | negative Neer's tests | negative drop arm tests
      no swelling, erythema or warmth # no swelling | no erythema | no warmth
      decreased L4 and L5 dermatome sensation # decreased L4 dermatome sensation | decreased L5 dermatome sensation
      Knee and ankle jerks were 1+ and symmetric. # Knee jerks 1+ and symmetric | ankle jerks 1+ and symmetric
      Reflexes are 2+ at the knees and absent at the ankles. # Reflexes 2+ at the knees | Reflexes absent at the ankles
      Slump test on the right is positive and on the left is negative. # Slump test on the right positive | Slump test on the left negative
      restricted range of motion with tenderness to palpation # restricted range of motion | tenderness to palpation
      antalgic gait with a limp # antalgic gait with a limp
      pain with flexion and extension of the right wrist # pain with flexion | pain with extension of the right wrist
      Blood pressure 122/80, pulse 72, temperature 98.4. # Blood pressure 122/80 | pulse 72 | temperature 98.4
      There is no edema but there is mild tenderness over the medial joint line. # no edema | mild tenderness over the medial joint line
      full range of motion with flexion, extension and rotation # full range of motion with flexion | full range of motion with extension | full range of motion with rotation
      Thin, 40-year-old man, in no acute distress. # Thin | in no acute distress
      """)
  void cutsListsAndDistributesSharedParts(String sentence, String expected) {
    assertEquals(expected, split(sentence, null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Right and left rotation are limited to 45 degrees. # Right rotation limited to 45 degrees | left rotation limited to 45 degrees
      Ankle strength is 5 out of 5 in dorsiflexion and plantar flexion. # Ankle strength 5 out of 5 in dorsiflexion | Ankle strength 5 out of 5 in plantar flexion
      Tenderness over the L3-4, L4-5 and L5-S1 facets. # Tenderness over the L3-4, L4-5 and L5-S1 facets
      BP112/76 HR52 RR16 # BP112/76 | HR52 | RR16
      Pain at T12 and L1. # Pain at T12 and L1
      She was tender over the medial epicondyle, but also the olecranon. # tender over the medial epicondyle | tender over olecranon
      Gait is normal with normal heel and toe walking. # Gait normal | normal heel walking | normal toe walking
      Thoughts remained tangential, and the patient endorsed paranoid delusions. # Thoughts tangential | endorsed paranoid delusions
      He does not seem to be in any extreme distress. # does not seem to be in any extreme distress
      Trigger points were noted bilaterally in the trapezius and rhomboids. # Trigger points bilaterally in the trapezius | Trigger points bilaterally in rhomboids
      """)
  void splitsPerSideAndDirectionKeepsLevelListsAndReadsVitalsRunTogether(String sentence, String expected) {
    assertEquals(expected, split(sentence, null));
  }

  @Test
  void aListOfThreeResultsIsThreeFindings() {
    assertEquals("ABDOMEN Soft | ABDOMEN nontender | ABDOMEN nondistended",
        split("Soft, nontender, and nondistended.", "ABDOMEN"));
  }

  @Test
  void withoutAListSaysNoForEachMember() {
    assertEquals("no clubbing | no cyanosis | no edema", split("Without clubbing, cyanosis, or edema.", "EXTREMITIES"));
    assertEquals("regular rate and rhythm | no murmurs | no rubs | no gallops",
        split("regular rate and rhythm without murmurs, rubs, or gallops", "HEART"));
  }

  @Test
  void resultsWithoutAnObjectTakeTheHeadingTheyStandUnder() {
    assertEquals("ABDOMEN Soft | ABDOMEN nontender | normal bowel sounds",
        split("Soft, nontender; normal bowel sounds.", "ABDOMEN"));
    assertEquals("Lungs Clear to auscultation bilaterally", split("Clear to auscultation bilaterally.", "Lungs"));
  }

  @Test
  void anInLineHeadingLabelsWhatFollows() {
    assertEquals("Motor 5/5 throughout", split("Motor: 5/5 throughout.", null));
  }

  @Test
  void clausesWithTheirOwnVerbAreSeparateFindings() {
    assertEquals("Straight leg raise negative | lumbar spine full flexion | lumbar spine full extension",
        split("Straight leg raise is negative and lumbar spine has full flexion and extension.", null));
  }

  @Test
  void thingsThatAreNotFindingsAreDropped() {
    assertEquals("", split("The patient was examined with the gown on.", null));
    assertEquals("", split("pain at a 7/10", null));
    assertEquals("", split("Range of motion", null));
  }

  @Test
  void visitDatesSeparateFindings() {
    assertEquals("antalgic gait | normal gait",
        split("antalgic gait on 01-02-2017 and on 02-03-2017 revealed normal gait", null));
  }

  @Test
  void evidenceCoversTheWordsOfEachFinding() {
    String s = "There was tenderness over the left wrist and right elbow.";
    List<FindingText> found = splitter.split(s, new Span(0, s.length()), null);
    assertEquals(2, found.size());
    assertEquals("tenderness over the left wrist", found.get(0).evidence().text(s));
    assertEquals("tenderness over the left wrist and right elbow", found.get(1).evidence().text(s));
  }

  @Test
  void randomTextNeverThrowsAndStaysInsideThePassage() {
    Random r = new Random(7);
    String[] words = {"no", "tenderness", "over", "the", "left", "and", "right", "knee", ",", ";",
        "with", "without", "was", "normal", "5/5", "strength", "L4-5", "(", ")", ":", "positive",
        "Spurling", "test", "but", "decreased", "sensation", "of", "neck", "."};
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder("xx ");
      int n = r.nextInt(25);
      for (int k = 0; k < n; k++) {
        b.append(words[r.nextInt(words.length)]).append(' ');
      }
      String s = b.toString();
      Span passage = new Span(3, s.length());
      for (FindingText f : splitter.split(s, passage, r.nextBoolean() ? "Neck" : null)) {
        assertTrue(passage.contains(f.evidence()), s);
        assertTrue(!f.text().isBlank());
      }
    }
  }
}
