package org.imrx.extract.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.TestDocs;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.ImagingStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconImagingExtractorTest {
  private static LexiconImagingExtractor extractor;

  @BeforeAll
  static void load() throws Exception {
    Lexicons lex = Lexicons.load(null);
    extractor = new LexiconImagingExtractor(lex.modalities(), lex.bodyParts());
  }

  private static List<ImagingStudy> studies(String text) {
    AnnotatedDocument doc = TestDocs.record(text);
    List<ImagingStudy> out = extractor.extract(doc);
    for (ImagingStudy s : out) {
      assertTrue(s.evidence().start() >= 0 && s.evidence().end() <= text.length());
      String stretch = text.substring(s.evidence().start(), s.evidence().end());
      assertTrue(stretch.replaceAll("\\s+", " ").contains(s.text().split(" ")[0]),
          "evidence holds the study: " + s.text());
    }
    return out;
  }

  @Test
  void readsADatedStudyWithItsResult() {
    List<ImagingStudy> s = studies(
        "An MRI of the lumbar spine dated 3-2-16 revealed a 3 mm disc protrusion at L4-5.");
    assertEquals(1, s.size());
    ImagingStudy mri = s.get(0);
    assertEquals("MRI of the lumbar spine", mri.text());
    assertEquals("MRI", mri.modality());
    assertEquals("lumbar spine", mri.bodyPart());
    assertEquals("2016-03-02", mri.date());
    assertEquals("a 3 mm disc protrusion at L4-5", mri.result());
    assertFalse(mri.repeat());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The request for authorization for MRI of the cervical spine was received on 5-2-16.",
      "The provider recommended an MRI of the left knee.",
      "The MRI of the right shoulder was non-certified by utilization review.",
      "The treatment plan included physical therapy and an MRI of the lumbar spine.",
      "Utilization review denied the request for x-rays of the pelvis.",
      "I have ordered an MRI of the brain with and without contrast.",
      "She will follow up once the CT scan is done.",
      "X-rays were not performed.",
      "There was no evidence of conservative treatment or radiographs of the knee.",
      "He was treated with ultrasound 2 times a week and massage.",
      "The needle was advanced under fluoroscopic guidance to the L5-S1 foramen.",
      "An MRI is indicated to rule out a meniscal tear.",
      "She has not had an MRI performed on her lumbar spine.",
      "I will schedule her for a venous Doppler and will have her come back tomorrow.",
      "We will see her in two weeks with the results of the Doppler.",
      "X-rays or labs were not described as performed.",
      "No history of heart catheterization or stress test.",
      "Positive myelogram without dural puncture was noted during this procedure.",
      "I have offered to re-image her spine and have included a thoracic MR imaging."})
  void requestedPlannedOrGuidingStudiesAreNotPriorImaging(String sentence) {
    assertEquals(List.of(), studies(sentence), sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "She had an MRI of the right knee.",
      "Her prior MRI of the right knee was reviewed.",
      "Treatment to date has included x-rays, physical therapy and medications.",
      "X-rays of the right wrist demonstrated a distal radius fracture.",
      "Diagnostic studies were noted to include an MRI of the left shoulder performed on 11/16/2016.",
      "The CT scan of the head obtained on 1-12-17 was negative.",
      "An MRI from 2015 showed a full-thickness tear.",
      "She has an abnormal MRI revealing a disc herniation at L5-S1.",
      "Dr. X took x-rays two weeks ago.",
      "Elevated pressures were seen by Doppler examination.",
      "X-ray of the low back did show a mild compression fracture of L1.",
      "MRI: Arnold Chiari II malformation with syrinx."})
  void doneStudiesArePriorImaging(String sentence) {
    assertEquals(1, studies(sentence).size(), sentence);
  }

  @Test
  void partialDatesStayPartial() {
    assertEquals("2015", studies("An MRI from 2015 showed a tear.").get(0).date());
    assertEquals("2016-12", studies("Testing included an MRI of the cervical spine (12-2016).")
        .get(0).date());
  }

  @Test
  void splitsCoordinatedBodyPartsWithTheirSides() {
    List<ImagingStudy> s = studies(
        "The lumbar spine and left shoulder x-rays were negative.");
    assertEquals(2, s.size());
    assertEquals("lumbar spine x-rays", s.get(0).text());
    assertNull(s.get(0).laterality());
    assertEquals("left shoulder x-rays", s.get(1).text());
    assertEquals("left", s.get(1).laterality());
    assertEquals("negative", s.get(1).result());
  }

  @Test
  void splitsSpinalRegionsSharingTheirNoun() {
    List<ImagingStudy> s = studies("MRI of the C & T spine and LS spine has been normal.");
    assertEquals(List.of("cervical spine", "thoracic spine", "lumbosacral spine"),
        s.stream().map(ImagingStudy::bodyPart).toList());
    assertEquals("MRI of the C spine", s.get(0).text());
  }

  @Test
  void listsAStudyOnceAndMergesMentionsWithoutBodyPart() {
    List<ImagingStudy> s = studies("The patient was sent for an MRI. The MRI came back negative. "
        + "The MRI of the lumbar spine that was performed in April showed no herniated disc.");
    assertEquals(1, s.size());
    assertEquals("MRI of the lumbar spine", s.get(0).text());
  }

  @Test
  void marksRepeatedStudies() {
    List<ImagingStudy> s = studies("A repeat MRI of the lumbar spine on 5/1/16 showed no change.");
    assertTrue(s.get(0).repeat());
    assertEquals("2016-05-01", s.get(0).date());
  }

  @Test
  void theStudyOfARadiologyReportIsDone() {
    List<ImagingStudy> s = studies("EXAM: CT head without contrast, and CT cervical spine without"
        + " contrast.\nTECHNIQUE: Axial CT images were obtained.\nFINDINGS: There is no CT evidence"
        + " of fracture.\nCOMPARISON: Radiographs dated 10/13/05.\n");
    assertEquals(List.of("CT head without contrast", "CT cervical spine without contrast",
        "Radiographs"), s.stream().map(ImagingStudy::text).toList());
    assertEquals("2005-10-13", s.get(2).date());
  }

  @Test
  void letterReadsOnlyItsClinicalSummary() {
    AnnotatedDocument doc = TestDocs.letter(
        "The injured worker had x-rays of the right knee on 1-2-17. A request for MRI of the"
            + " right knee was non-certified.",
        "1. MRI of the right knee is medically necessary. An MRI was performed: Upheld");
    List<ImagingStudy> s = extractor.extract(doc);
    assertEquals(1, s.size());
    assertEquals("X-ray", s.get(0).modality());
    assertEquals("right", s.get(0).laterality());
  }

  @Test
  void randomTextNeverThrows() {
    String[] words = {"MRI", "of", "the", "left", "knee", "x-rays", "dated", "3-2-16", "revealed",
        "(", ")", ",", ".", "and", "C", "&", "T", "spine", "request", "CT", "EXAM:", "\n", "\n\n",
        "views", "AP", "was", "denied", "showed", ";", "#", "ultrasound", "prior", "2016"};
    Random r = new Random(7);
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(60);
      for (int j = 0; j < n; j++) {
        b.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      }
      for (ImagingStudy s : studies(b.toString())) {
        assertTrue(s.evidence().end() <= b.length());
      }
    }
  }

  @Test
  void neighbouringRegionsUnderOneModalityWordAreOneExamination() {
    assertEquals(1, studies("A CT of the abdomen and pelvis showed diverticulosis.").size());
    assertEquals(1, studies("An x-ray of the skull and face revealed no fracture.").size());
    assertEquals(2, studies("MRI of her cervical spine and lumbar spine dated 2004 was reviewed.")
        .size());
  }

  @Test
  void aStudyNamedWithoutModalityAndItsOwnResultStandsAlone() {
    List<ImagingStudy> s = studies("Nuclear bone scans revealed osteoarthritis. Later imaging "
        + "studies revealed a pericardial cyst.");
    assertEquals(2, s.size());
  }

  @Test
  void aLabelNamingMoreThanAStudyIsNoStudy() {
    assertEquals(List.of(), studies("TEST & X-RAY RESULTS: Rheumatoid factor: 52 U/ml."));
  }

  @Test
  void theItemReadsAsTheFirstFullestNaming() {
    List<ImagingStudy> s = studies("Dr. X took x-rays two weeks ago. The x-ray showed a grade 1 "
        + "spondylolisthesis of L5 over S1.");
    assertEquals(1, s.size());
    assertEquals("x-rays", s.get(0).text());
  }
}
