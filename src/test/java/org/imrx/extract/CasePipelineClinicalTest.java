package org.imrx.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrx.model.Case;
import org.imrx.model.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CasePipelineClinicalTest {
  private static CasePipeline pipeline;

  @BeforeAll
  static void load() throws Exception {
    pipeline = CasePipeline.load();
  }

  @Test
  void aRecordGetsImagingTimelineMechanismReviewAndInjuryDate() {
    String text = "HISTORY OF PRESENT ILLNESS: The patient is a 47-year-old male who was injured on"
        + " 03/15/2016 while lifting a box at work.\nDIAGNOSTIC STUDIES: An MRI of the lumbar spine"
        + " dated 04/02/2016 revealed a 4 mm disc protrusion at L4-5.\nPLAN: Request authorization"
        + " for an MRI of the cervical spine. The prior utilization review dated 05/01/2016"
        + " non-certified physical therapy.\n";
    Case c = pipeline.extract(TestDocs.source(text));
    assertEquals("2016-03-15", c.dates().injury());
    assertEquals("while lifting a box at work", c.mechanismOfInjury());
    assertEquals(1, c.priorImaging().size());
    assertEquals("lumbar spine", c.priorImaging().get(0).bodyPart());
    assertEquals("2016-05-01", c.utilizationReview().date());
    assertEquals("non-certified", c.utilizationReview().outcome());
    for (String path : new String[] {"dates.injury", "mechanismOfInjury",
        "utilizationReview.date", "utilizationReview.outcome"}) {
      Evidence e = c.evidenceOf(path);
      assertNotNull(e, path);
      assertTrue(e.end() <= text.length() && e.start() < e.end(), path);
    }
    assertEquals("non-certified", text.substring(c.evidenceOf("utilizationReview.outcome").start(),
        c.evidenceOf("utilizationReview.outcome").end()));
    assertTrue(c.timeline().stream().anyMatch(t -> t.event().equals("imaging")
        && t.date().equals("2016-04-02")));
    assertTrue(c.warnings().stream().noneMatch(w -> w.type().equals("extractor-failed")));
  }

  @Test
  void aHeaderInjuryDateIsKeptOverOneTheTextStates() {
    AnnotatedDocument doc = TestDocs.record("Date of injury: 01/02/2015.");
    CaseBuilder b = new CaseBuilder(doc);
    b.dates(null, new Located<>("2014-12-30", new org.imrx.text.Span(0, 4)), null, null, null);
    b.injuryIfAbsent(new Located<>("2015-01-02", new org.imrx.text.Span(16, 26)));
    assertEquals("2014-12-30", b.build().dates().injury());
  }
}
