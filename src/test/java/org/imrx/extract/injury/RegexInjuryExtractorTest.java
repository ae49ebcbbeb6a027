package org.imrx.extract.injury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Located;
import org.imrx.extract.TestDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexInjuryExtractorTest {
  private final RegexInjuryExtractor extractor = new RegexInjuryExtractor();

  private String mechanism(String text) {
    AnnotatedDocument doc = TestDocs.record(text);
    Located<String> m = extractor.extract(doc).mechanism();
    if (m == null) {
      return null;
    }
    assertEquals(m.value(), doc.text(m.span()).replaceAll("\\s+", " "), "value is its evidence");
    return m.value();
  }

  private String injuryDate(String text) {
    Located<String> d = extractor.extract(TestDocs.record(text)).date();
    return d == null ? null : d.value();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The worker sustained an industrial injury on 10-16-16 while lifting a box.|while lifting a box",
      "She injured her back when she slipped and fell in the break room.|when she slipped and fell in the break room",
      "The mechanism of injury is detailed as a fall from a ladder.|a fall from a ladder",
      "Mechanism of injury occurred when the worker was struck by a pallet; he fell.|when the worker was struck by a pallet",
      "Mechanism of Injury: repetitive lifting of boxes.|repetitive lifting of boxes",
      "He was injured at work on 2/3/15 when a shelf fell on him.|when a shelf fell on him"})
  void readsTheMechanismAsWorded(String text, String expected) {
    assertEquals(expected, mechanism(text));
  }

  @Test
  void readsAMechanismAndDateAcrossLineBreaks() {
    String text = "She suffered a work-related injury of November\n2, 2016, after a chair\nbroke under her.";
    assertEquals("after a chair broke under her", mechanism(text));
    assertEquals("2016-11-02", injuryDate(text));
  }

  @Test
  void anUnstatedMechanismIsNull() {
    assertNull(mechanism("The mechanism of injury is unclear. He reports neck pain."));
    assertNull(mechanism("He reports neck pain for two months."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DATE OF INJURY: 03/15/2016|2016-03-15",
      "DOI 3/15/16. The patient returns.|2016-03-15",
      "He was injured on March 15, 2016 while lifting.|2016-03-15",
      "She sustained an industrial injury on 10-16-16.|2016-10-16",
      "He had a ground-level fall at home on 05/05/03.|2003-05-05"})
  void readsTheInjuryDate(String text, String expected) {
    assertEquals(expected, injuryDate(text));
  }

  @Test
  void aPartialInjuryDateIsNoInjuryDate() {
    assertNull(injuryDate("He was injured in 1994 while lifting."));
    assertNull(injuryDate("The visit on 4/12/05 went well."));
  }

  @Test
  void aLabelledDateWinsOverANarratedOne() {
    assertEquals("2016-03-15", injuryDate(
        "He fell on 01/02/2016 at home. Date of injury: 03/15/2016."));
  }
}
