package org.imrx.extract.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrx.ConfigurationException;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.SourceDocument;
import org.imrx.model.Case;
import org.imrx.model.ExamFinding;
import org.imrx.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exam findings of whole documents, through the pipeline, on letters and records written here. */
class RuleExamFindingExtractorTest {
  static CasePipeline pipeline;

  static final String LETTER = """
      CLINICAL CASE SUMMARY
      The expert reviewer developed the following clinical case summary based on a review of the
      case file, including all medical records:
      The injured worker is a 45 year old male who sustained an industrial injury on 01-02-2017.
      He is being treated for lumbar strain. On 02-01-2017 he complained of low back pain radiating
      to the left leg and numbness of the left foot. The MRI of the lumbar spine revealed a disc
      protrusion at L4-5. There was mild facet arthropathy. Physical examination revealed tenderness
      and spasms of the lumbar paraspinal muscles L3-L5, no tenderness over the right hip, knee or
      ankle and decreased sensation in the left L5 dermatome. Straight leg raise was positive on the
      left at 40 degrees. Motor strength, sensation, and reflexes were otherwise normal. The treatment
      plan included physical therapy. On 02-15-2017 physical examination revealed tenderness of the
      lumbar paraspinal muscles L3-L5 and a negative Romberg.
      IMR ISSUES, DECISIONS AND RATIONALES
      Physical therapy 2 times a week for 4 weeks: Upheld
      """;

  static final String RECORD = """
      CHIEF COMPLAINT: Neck pain.
      HISTORY OF PRESENT ILLNESS: The patient reports neck pain and headaches since a fall.
      REVIEW OF SYSTEMS: No fever. No chest pain.
      PHYSICAL EXAMINATION:
      VITAL SIGNS: Blood pressure 130/84, pulse 76.
      HEENT: Normocephalic, atraumatic.
      NECK: Supple without adenopathy. Tenderness of the left trapezius.
      EXTREMITIES: Without clubbing, cyanosis, or edema.
      IMPRESSION: Cervical strain.
      PLAN: Physical therapy.
      """;

  @BeforeAll
  static void load() throws ConfigurationException {
    pipeline = CasePipeline.load();
  }

  static Case extract(String text) {
    return pipeline.extract(SourceDocument.ofText(new Source("test.txt", null, "text/plain", null), text));
  }

  static ExamFinding find(List<ExamFinding> all, String text) {
    return all.stream().filter(f -> f.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not in " + all.stream().map(ExamFinding::text).toList()));
  }

  @Test
  void readsTheExaminationOfALetterNotItsComplaintsOrImaging() {
    List<ExamFinding> f = extract(LETTER).examFindings();
    List<String> texts = f.stream().map(ExamFinding::text).toList();
    assertTrue(texts.stream().noneMatch(s -> s.contains("numbness") || s.contains("arthropathy")
        || s.contains("protrusion") || s.contains("physical therapy")), texts.toString());
    ExamFinding spasm = find(f, "spasms of the lumbar paraspinal muscles L3-L5");
    assertEquals("L3-L5", spasm.level());
    assertEquals("lumbar spine", spasm.bodyPart());
    assertFalse(spasm.negated());
    find(f, "tenderness of the lumbar paraspinal muscles L3-L5");
    ExamFinding knee = find(f, "no tenderness over knee");
    assertTrue(knee.negated());
    assertEquals("knee", knee.bodyPart());
    find(f, "no tenderness over the right hip");
    find(f, "no tenderness over ankle");
    ExamFinding slr = find(f, "Straight leg raise positive on the left at 40 degrees");
    assertEquals("left", slr.laterality());
    assertFalse(slr.negated());
    assertEquals("L5", find(f, "decreased sensation in the left L5 dermatome").level());
    assertTrue(find(f, "negative Romberg").negated());
    find(f, "Motor strength otherwise normal");
  }

  @Test
  void aFindingRepeatedAtALaterVisitIsListedOnce() {
    List<String> texts = extract(LETTER).examFindings().stream().map(ExamFinding::text).toList();
    assertEquals(1, texts.stream().filter(s -> s.startsWith("tenderness of the lumbar paraspinal")).count(), texts.toString());
  }

  @Test
  void readsARecordsExaminationSectionWithItsHeadings() {
    List<ExamFinding> f = extract(RECORD).examFindings();
    List<String> texts = f.stream().map(ExamFinding::text).toList();
    assertEquals(List.of("Blood pressure 130/84", "pulse 76", "Normocephalic", "atraumatic",
        "NECK Supple", "no adenopathy", "Tenderness of the left trapezius", "no clubbing",
        "no cyanosis", "no edema"), texts);
    assertTrue(find(f, "no edema").negated());
    assertEquals("left", find(f, "Tenderness of the left trapezius").laterality());
    assertEquals("cervical spine", find(f, "NECK Supple").bodyPart());
    assertNull(find(f, "pulse 76").level());
  }

  @Test
  void readsMentalStatusAndFindingsHeadingsAndLeavesOutWhatIsNoFinding() {
    String record = """
        HISTORY: Follow-up of anxiety.
        MENTAL STATUS EXAMINATION:
        GENERAL APPEARANCE: Well groomed with good hygiene. Dressed in a hospital gown.
        ATTITUDE: Pleasant and cooperative.
        AFFECT: Restricted.
        MEMORY: Not tested.
        JUDGMENT: Good.
        LABORATORY DATA: Sodium 137.
        PLAN: Supportive psychotherapy.
        """;
    List<String> texts = extract(record).examFindings().stream().map(ExamFinding::text).toList();
    assertTrue(texts.contains("AFFECT Restricted") && texts.contains("JUDGMENT Good"), texts.toString());
    assertTrue(texts.stream().noneMatch(s -> s.contains("cooperative") || s.contains("gown")
        || s.contains("tested") || s.contains("137")), texts.toString());
  }

  @Test
  void readsAnOperativeNotesStatedFindingsAndAFindingNotedOnExam() {
    String record = """
        PREOPERATIVE DIAGNOSIS: Right shoulder separation.
        ANESTHESIA: General.
        FINDINGS: Loose hardware with superior translation of the implants.
        CLINICAL HISTORY: Right supraclavicular adenopathy noted on physical exam.
        DESCRIPTION OF PROCEDURE: The hardware was removed. A soft dressing was applied.
        """;
    List<String> texts = extract(record).examFindings().stream().map(ExamFinding::text).toList();
    assertEquals(List.of("Loose hardware with superior translation of the implants",
        "Right supraclavicular adenopathy"), texts);
  }

  @Test
  void evidencePointsAtTheFindingInTheText() {
    Case c = extract(LETTER);
    for (ExamFinding f : c.examFindings()) {
      String quoted = c.content().substring(f.evidence().start(), f.evidence().end());
      String first = f.text().replaceFirst("^(?:no|negative|positive)\\s+", "").split("\\s+")[0];
      assertTrue(quoted.toLowerCase().contains(first.toLowerCase()), f.text() + " / " + quoted);
    }
  }

  @Test
  void randomExamTextNeverFailsTheCase() {
    java.util.Random r = new java.util.Random(11);
    String[] pieces = {"PHYSICAL EXAMINATION:", "\n", "Neck:", "no", "tenderness", "over the", "left",
        "right", "and", "or", ",", ";", ".", "with", "without", "was", "were", "normal", "5/5",
        "strength", "L4-5", "(", ")", "positive", "negative", "Spurling", "test", "but", "decreased",
        "sensation", "of", "knee", "range of motion", "limited", "There was", "He has", "on 01-02-2017",
        "revealed", "examination", "complained of", "pain", "in no acute distress", "A/P:", "O:",
        "EXTREMITIES:", "VITAL SIGNS:", "blood pressure 120/80", "spasms", "muscles", "paracervical"};
    for (int i = 0; i < 400; i++) {
      StringBuilder b = new StringBuilder();
      int n = 5 + r.nextInt(60);
      for (int k = 0; k < n; k++) {
        b.append(pieces[r.nextInt(pieces.length)]).append(' ');
      }
      Case c = extract(b.toString());
      assertTrue(c.warnings().stream().noneMatch(w -> w.type().equals("extractor-failed")),
          "extraction failed on random text #" + i);
      for (ExamFinding f : c.examFindings()) {
        assertTrue(f.evidence().end() <= c.content().length());
      }
    }
  }

  @Test
  void aLongRunOfTextWithoutSentenceEndsStaysCheap() {
    String run = "PHYSICAL EXAMINATION: " + "examination of the left tenderness and spasm, no edema with ".repeat(2000);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> extract(run));
  }

  @Test
  void aDocumentWithoutAnExaminationHasNoFindings() {
    assertTrue(extract("""
        EXAM: MRI of the lumbar spine without contrast.
        FINDINGS: There is mild disc bulging at L4-5 without stenosis. No fracture.
        IMPRESSION: Mild degenerative disc disease.
        """).examFindings().isEmpty());
  }
}
