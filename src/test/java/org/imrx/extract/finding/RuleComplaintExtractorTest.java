package org.imrx.extract.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrx.ConfigurationException;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.SourceDocument;
import org.imrx.model.Complaint;
import org.imrx.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Complaints of letters and records written for these tests. */
class RuleComplaintExtractorTest {
  static CasePipeline pipeline;

  @BeforeAll
  static void load() throws ConfigurationException {
    pipeline = CasePipeline.load();
  }

  static List<Complaint> complaints(String text) {
    return pipeline.extract(SourceDocument.ofText(new Source("t.txt", null, "text/plain", null), text))
        .complaints();
  }

  static String letter(String summary) {
    return "CLINICAL CASE SUMMARY\nThe expert reviewer developed the following clinical case summary"
        + " based on a review of the case file, including all medical records:\n" + summary
        + "\nIMR ISSUES, DECISIONS AND RATIONALES\nMRI of the knee: Upheld\n";
  }

  @Test
  void cutsReportedSymptomsPerSite() {
    List<Complaint> c = complaints(letter("On 01-03-2017 the injured worker complained of neck, mid back"
        + " and low back pain, rated 7 out of 10. Physical examination revealed tenderness of the neck."));
    assertEquals(List.of("neck pain", "mid back pain", "low back pain"), c.stream().map(Complaint::text).toList());
    assertEquals("cervical spine", c.get(0).bodyPart());
    assertEquals("lumbar spine", c.get(2).bodyPart());
  }

  @Test
  void keepsSideAndLeavesOutWhatWasDenied() {
    List<Complaint> c = complaints(letter("The worker reported right shoulder pain with numbness of the"
        + " right hand but denied weakness. She reports no headaches."));
    List<String> texts = c.stream().map(Complaint::text).toList();
    assertTrue(texts.contains("right shoulder pain with numbness of the right hand"), texts.toString());
    assertTrue(texts.stream().noneMatch(s -> s.contains("weakness") || s.contains("headaches")), texts.toString());
    assertEquals("right", c.get(0).laterality());
  }

  @Test
  void readsAChiefComplaintSectionButNotTheExamination() {
    List<Complaint> c = complaints("""
        CHIEF COMPLAINT: Left knee pain and swelling.
        PHYSICAL EXAMINATION: Tenderness over the medial joint line. No effusion.
        IMPRESSION: Knee sprain.
        """);
    assertEquals(List.of("Left knee pain", "swelling"), c.stream().map(Complaint::text).toList());
    assertEquals("left", c.get(0).laterality());
  }

  @Test
  void statementsThatNameNoSymptomAreNotComplaints() {
    assertTrue(complaints(letter("The injured worker reported that he returned to work."
        + " He reports improvement in pain with therapy.")).isEmpty());
  }
}
