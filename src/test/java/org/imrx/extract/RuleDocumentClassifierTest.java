package org.imrx.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imrx.TestDocs;
import org.imrx.model.DocumentType;
import org.junit.jupiter.api.Test;

class RuleDocumentClassifierTest {
  private final RuleDocumentClassifier classifier = new RuleDocumentClassifier();

  @Test
  void tellsTheKindsApart() {
    assertEquals(DocumentType.IMR_DETERMINATION,
        classifier.classify(TestDocs.resource("/letters/synthetic-letter.txt")));
    assertEquals(DocumentType.UR_LETTER, classifier.classify(
        "Dear Dr. Smith:\nRE: Utilization Review Determination\nThe request for MRI of the lumbar"
            + " spine is non-certified. You have the right to request Independent Medical Review."));
    assertEquals(DocumentType.MEDICAL_RECORD, classifier.classify(
        "PREOPERATIVE DIAGNOSIS: Ovarian cyst.\nPROCEDURE: Diagnostic laparoscopy."));
    assertEquals(DocumentType.MEDICAL_RECORD, classifier.classify(
        "The patient was seen in follow up for neck pain. Examination showed tenderness of the"
            + " cervical spine; reflexes are normal. Treatment continues."));
    assertEquals(DocumentType.OTHER, classifier.classify(
        "Invoice 4471. Please remit payment within 30 days to the address below."));
  }
}
