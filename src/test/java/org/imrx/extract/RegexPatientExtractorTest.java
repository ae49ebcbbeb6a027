package org.imrx.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.imrx.TestDocs;
import org.imrx.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexPatientExtractorTest {
  static CasePipeline pipeline;

  @BeforeAll
  static void load() throws Exception {
    pipeline = CasePipeline.load();
  }

  private static Case record(String text) {
    return pipeline.extract(TestDocs.text("note.txt", "HISTORY: " + text + "\nPLAN: follow up.\n"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The injured worker is a 27 year old female who fell.|27|female",
      "This 37y/o LHM was seen one month prior.|37|male",
      "This 52y/o RHF had a history of seizures.|52|female",
      "A 45-year-old gentleman presents with neck pain.|45|male",
      "Vital Signs: Her age is 55. She reports dizziness. She is tired.|55|female",
      "This is a middle-aged female with low back pain.||female",
      "Age: 61. Sex: M. Low back pain.|61|male"})
  void readsAgeAndSex(String text, Integer age, String sex) {
    Case c = record(text);
    assertEquals(age, c.patient().age());
    assertEquals(sex, c.patient().sex());
  }

  @Test
  void numbersThatAreNoAgeAreLeftAlone() {
    Case c = record("Pain for 10 years. Took ibuprofen 800 mg. The patient improved.");
    assertNull(c.patient().age());
    assertNull(c.patient().sex());
  }
}
