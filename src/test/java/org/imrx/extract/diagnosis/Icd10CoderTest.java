package org.imrx.extract.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrx.ConfigurationException;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Icd10;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Icd10CoderTest {
  private static Icd10Coder coder;

  @BeforeAll
  static void load() throws ConfigurationException {
    Lexicons lx = Lexicons.load(null);
    coder = new Icd10Coder(lx.icd10(), lx.icd10Synonyms(), lx.bodyParts());
  }

  private static String code(String phrase) {
    Icd10 c = coder.code(phrase);
    return c == null ? null : c.code();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "low back pain, M54.50",
      "chronic low back pain, M54.50",
      "cervicalgia, M54.2",
      "cervical radiculopathy, M54.12",
      "lumbar radiculopathy, M54.16",
      "lumbar disc herniation, M51.26",
      "HNP of the lumbar spine, M51.26",
      "depression, F32.A",
      "insomnia, G47.00"})
  void synonymsCodeClinicianWords(String phrase, String expected) {
    assertEquals(expected, code(phrase));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "carpal tunnel syndrome, G56.00",
      "right carpal tunnel syndrome, G56.01",
      "left carpal tunnel syndrome, G56.02",
      "bilateral carpal tunnel syndrome, G56.03",
      "left knee strain, S86.912A",
      "strain of the right knee, S86.911A",
      "right shoulder sprain, S43.401A",
      "lumbar strain, S39.012A",
      "lumbar sprain/strain, S33.5XXA",
      "neck muscle strain, S16.1XXA",
      "right knee pain, M25.561"})
  void theStatedSidePicksTheCode(String phrase, String expected) {
    assertEquals(expected, code(phrase));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "contusion of scalp|S00.03XA",
      "sprain of ligaments of lumbar spine, subsequent encounter|S33.5XXD",
      "strain of muscle, fascia and tendon at neck level|S16.1XXA",
      "nondisplaced fracture of the left radius head|S52.125A",
      "umbilical hernia without obstruction or gangrene|K42.9"})
  void officialWordingFindsItsDescription(String phrase, String expected) {
    assertEquals(expected, code(phrase));
  }

  @Test
  void theCodeCarriesItsOfficialDescription() {
    Icd10 c = coder.code("right carpal tunnel syndrome");
    assertEquals("Carpal tunnel syndrome, right upper limb", c.description());
  }

  @ParameterizedTest(name = "{0} has no code")
  @CsvSource({"stress", "fleeting homicidal thoughts", "work related fall",
      "bilateral shoulder pain", "shoulder pain attributed to work"})
  void nothingFitsWellMeansNoCode(String phrase) {
    assertNull(code(phrase));
  }

  @Test
  void anOfficialTitleIsOneConceptButAListIsNot() {
    assertTrue(coder.isTitle("strain of muscle, fascia and tendon at neck level"));
    assertTrue(coder.isTitle("fracture of unspecified parts of the lumbosacral spine and pelvis"));
    assertFalse(coder.isTitle("lumbar strain and low back pain"));
    assertFalse(coder.isTitle("right wrist and right hand sprain"));
  }
}
