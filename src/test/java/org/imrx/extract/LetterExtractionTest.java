package org.imrx.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrx.TestDocs;
import org.imrx.model.Case;
import org.imrx.model.Decision;
import org.imrx.model.DisputedItem;
import org.imrx.model.DocumentType;
import org.imrx.model.Evidence;
import org.imrx.model.GuidelineSource;
import org.imrx.model.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LetterExtractionTest {
  static Case letter;
  static String text;

  @BeforeAll
  static void extract() throws Exception {
    text = TestDocs.resource("/letters/synthetic-letter.txt");
    letter = CasePipeline.load().extract(TestDocs.text("synthetic-letter.txt", text));
  }

  private static String at(Evidence e) {
    return text.substring(e.start(), e.end());
  }

  @Test
  void readsTheHeaderTable() {
    assertEquals(DocumentType.IMR_DETERMINATION, letter.documentType());
    assertEquals("CM19-0123456", letter.caseNumber());
    assertEquals("2019-03-04", letter.dates().assigned());
    assertEquals("2018-07-14", letter.dates().injury());
    assertEquals("2019-04-01", letter.dates().decision());
    assertEquals("2019-02-11", letter.dates().urDenial());
    assertEquals("2019-02-20", letter.dates().applicationReceived());
    assertEquals("Standard", letter.priority());
    assertEquals("7-14-18", at(letter.evidenceOf("dates.injury")));
  }

  @Test
  void readsPatientFromTheSummary() {
    assertEquals(44, letter.patient().age());
    assertEquals("male", letter.patient().sex());
  }

  @Test
  void readsCredentialsInOrderAndMapsBoardSpecialties() {
    assertEquals(List.of("Oregon", "California"), letter.reviewer().licensure());
    assertEquals(List.of("Physical Medicine and Rehabilitation",
        "Public Health & General Preventive Medicine"), letter.reviewer().specialties());
    assertEquals(List.of("Physical Medicine & Rehabilitation",
        "Public Health & General Preventive Medicine"), letter.reviewer().boardSpecialties());
    assertEquals("California", at(letter.evidenceOf("reviewer.licensure[1]")));
  }

  @Test
  void readsItemsDecisionsAndGuidelines() {
    List<DisputedItem> items = letter.disputedItems();
    assertEquals(2, items.size());
    DisputedItem pt = items.get(0);
    assertTrue(pt.text().startsWith("Physical therapy 12 sessions for the lumbar spine was the original request."));
    assertTrue(pt.text().endsWith("physical therapy 6 sessions is"));
    assertTrue(pt.modifiedByUR());
    assertEquals(Decision.UPHELD, pt.decision());
    assertEquals(2, pt.reviewerGuidelines().size());
    assertEquals(GuidelineSource.MTUS, pt.reviewerGuidelines().get(0).source());
    assertEquals("MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment,"
        + " Functional improvement", pt.reviewerGuidelines().get(0).citation());
    assertEquals(List.of("Physical medicine treatment", "Functional improvement"),
        pt.reviewerGuidelines().get(0).sections());
    assertEquals("Chronic Pain Medical Treatment", pt.reviewerGuidelines().get(0).chapter());
    assertEquals(GuidelineSource.ODG, pt.reviewerGuidelines().get(1).source());
    assertEquals("Low Back", pt.reviewerGuidelines().get(1).chapter());
    assertEquals(1, pt.claimsAdministratorGuidelines().size());
    assertEquals("The guidelines allow a short course. The request is not medically necessary.",
        pt.rationale());

    DisputedItem labs = items.get(1);
    assertEquals("Labs to include: CBC and CMP", labs.text());
    assertEquals(Decision.OVERTURNED, labs.decision());
    assertFalse(labs.modifiedByUR());
    assertTrue(labs.reviewerGuidelines().isEmpty());
    assertEquals("Overturned", at(letter.evidenceOf("disputedItems[1].decision")));
    assertEquals(Outcome.PARTIALLY_OVERTURNED, letter.outcome());
  }

  @Test
  void everyEvidenceSpanLiesInsideTheText() {
    letter.evidence().values().forEach(e -> assertTrue(e.end() <= text.length()));
    letter.disputedItems().forEach(i -> assertEquals(i.text(),
        at(i.evidence()).replaceAll("\\s+", " ")));
  }

  @Test
  void aRecordIsNotALetter() throws Exception {
    Case record = CasePipeline.load().extract(TestDocs.text("note.txt",
        "CHIEF COMPLAINT: Low back pain.\nHISTORY: A 52-year-old woman lifting boxes.\n"
            + "PHYSICAL EXAMINATION: Tender lumbar spine.\nPLAN: Physical therapy."));
    assertEquals(DocumentType.MEDICAL_RECORD, record.documentType());
    assertNull(record.caseNumber());
    assertEquals(52, record.patient().age());
    assertEquals("female", record.patient().sex());
    assertTrue(record.disputedItems().isEmpty());
  }
}
