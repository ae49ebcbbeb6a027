package org.imrx.extract.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrx.ConfigurationException;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.SourceDocument;
import org.imrx.model.Case;
import org.imrx.model.Diagnosis;
import org.imrx.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Synthetic letters and records, written for these tests, through the whole pipeline. */
class LexiconDiagnosisExtractorTest {
  private static CasePipeline pipeline;

  private static final String LETTER = """
      HOW THE IMR FINAL DETERMINATION WAS MADE
      The reviewer reviewed the case file.

      CLINICAL CASE SUMMARY
      The expert reviewer developed the following clinical case summary based on a review of the
      case file, including all medical records:
      The injured worker is a 45 year old male, who sustained an industrial injury on 3-2-16. He
      has been treated for lumbar strain, right wrist and right hand sprain, possible left carpal
      tunnel syndrome and history of hypertension. Treatment to date has included physical therapy
      for the low back pain. A request was made for an MRI of the lumbar spine.

      IMR ISSUES, DECISIONS AND RATIONALES
      The Final Determination was based on decisions for the disputed items listed below.
      MRI of the lumbar spine: Upheld
      """;

  private static final String RECORD = """
      CHIEF COMPLAINT: Neck pain.

      PAST MEDICAL HISTORY:
      1. Hypertension.
      2. Status post appendectomy.
      3. History of gastric reflux.

      PHYSICAL EXAMINATION: Tenderness over the cervical paraspinal muscles.

      IMPRESSION:
      1. Cervical radiculopathy, rule out herniated disc at C5-6. Continue medications.
      2. Right shoulder impingement syndrome, blood pressure is under control.
      3. No fracture.

      PLAN: Physical therapy.
      """;

  @BeforeAll
  static void load() throws ConfigurationException {
    pipeline = CasePipeline.load();
  }

  private static Case extract(String name, String text) {
    return pipeline.extract(SourceDocument.ofText(new Source(name, "0", "text/plain", null), text));
  }

  private static Diagnosis find(List<Diagnosis> list, String text) {
    return list.stream().filter(d -> d.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not in " + list.stream().map(Diagnosis::text).toList()));
  }

  @Test
  void aLetterListsTheDiagnosesOfItsSummaryOnly() {
    Case c = extract("letter.txt", LETTER);
    List<Diagnosis> d = c.diagnoses();
    assertEquals(List.of("lumbar strain", "right wrist sprain", "right hand sprain",
        "possible left carpal tunnel syndrome", "hypertension"), d.stream().map(Diagnosis::text).toList());

    Diagnosis strain = find(d, "lumbar strain");
    assertEquals("S39.012A", strain.icd10().code());
    assertEquals("lumbar spine", strain.bodyPart());
    assertEquals("confirmed", strain.certainty());
    assertNull(strain.laterality());

    Diagnosis cts = find(d, "possible left carpal tunnel syndrome");
    assertEquals("possible", cts.certainty());
    assertEquals("left", cts.laterality());
    assertEquals("G56.02", cts.icd10().code());

    Diagnosis htn = find(d, "hypertension");
    assertEquals("history-of", htn.certainty());
    assertEquals("I10", htn.icd10().code());

    assertEquals("right", find(d, "right hand sprain").laterality());
    assertEquals("hand", find(d, "right hand sprain").bodyPart());
  }

  @Test
  void aCueVerbIsReadWholeWhateverItsTense() {
    for (String verb : new String[] {"include", "included", "includes", "are"}) {
      String letter = LETTER.replace("He\nhas been treated for", "His diagnoses " + verb);
      assertEquals(List.of("lumbar strain", "right wrist sprain", "right hand sprain",
          "possible left carpal tunnel syndrome", "hypertension"),
          extract("letter.txt", letter).diagnoses().stream().map(Diagnosis::text).toList(), verb);
    }
  }

  @Test
  void aRecordListsItsImpressionAndCurrentHistory() {
    List<Diagnosis> d = extract("note.txt", RECORD).diagnoses();
    List<String> texts = d.stream().map(Diagnosis::text).toList();
    assertEquals(List.of("Hypertension", "gastric reflux", "Cervical radiculopathy",
        "rule out herniated disc at C5-6", "Right shoulder impingement syndrome"), texts);
    assertEquals("history-of", find(d, "gastric reflux").certainty());
    assertEquals("rule-out", find(d, "rule out herniated disc at C5-6").certainty());
    assertEquals("M54.12", find(d, "Cervical radiculopathy").icd10().code());
    Diagnosis shoulder = find(d, "Right shoulder impingement syndrome");
    assertEquals("M75.41", shoulder.icd10().code());
    assertEquals("shoulder", shoulder.bodyPart());
    assertEquals("right", shoulder.laterality());
  }

  @Test
  void aRecordWithoutDiagnosisFallsBackToTheReasonForTheExam() {
    String report = """
        EXAM: MRI of the left knee.
        REASON FOR EXAM: Left knee pain and swelling.
        FINDINGS: The menisci and ligaments are intact.
        IMPRESSION: Normal MRI of the left knee.
        """;
    List<String> texts = extract("mri.txt", report).diagnoses().stream().map(Diagnosis::text).toList();
    assertEquals(List.of("Left knee pain", "swelling"), texts);
  }

  @Test
  void randomTextNeverThrowsAndEvidenceStaysInside() {
    java.util.Random r = new java.util.Random(5);
    String[] words = {"IMPRESSION:", "\n", "1.", "lumbar", "strain", ",", "and", "history of", "rule out",
        "left", "knee", "pain", "(", ")", ";", "diagnosed with", "PAST MEDICAL HISTORY:", "A:", "no", "  ",
        "12/01/2016", "being treated for", "status post", "repair", "."};
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(120); k > 0; k--) {
        b.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
      }
      String t = b.toString();
      for (Diagnosis d : extract("random.txt", t).diagnoses()) {
        assertTrue(d.evidence().start() >= 0 && d.evidence().end() <= t.length());
        assertTrue(!d.text().isBlank());
      }
    }
  }

  @Test
  void everyDiagnosisCarriesEvidenceOfItsWords() {
    for (String[] doc : new String[][] {{"letter.txt", LETTER}, {"note.txt", RECORD}, {"prose.txt", PROSE_RECORD}}) {
      Case c = extract(doc[0], doc[1]);
      int last = -1;
      for (Diagnosis d : c.diagnoses()) {
        assertNotNull(d.evidence());
        String at = doc[1].substring(d.evidence().start(), d.evidence().end());
        assertTrue(d.evidence().start() >= last, "evidence in text order");
        last = d.evidence().start();
        for (String w : d.text().toLowerCase().split("\\W+")) {
          assertTrue(at.toLowerCase().contains(w), "'" + w + "' of '" + d.text() + "' not in its evidence '" + at + "'");
        }
      }
    }
  }

  private static final String PROSE_RECORD = """
      HISTORY OF PRESENT ILLNESS: This 60-year-old woman carries a history of chronic migraine and
      hypothyroidism. She has a new disc herniation at L4-L5 that is compressing the L5 root. She has
      had no numbness. She was referred to us for low back pain.

      PAST MEDICAL HISTORY: As per above and includes gastroesophageal reflux disease, lumbar fusion
      surgery in 2001. CABG in 2010 with no angina, palpitations or myocardial infarction.

      ASSESSMENT:
      1. Right and left elbow sprain.
      2. Status post right knee replacement secondary to degenerative joint disease.
      3. GERD.
      4. Decreased strength.
      5. Chronic glossitis/xerostomia/probable food allergies/history of asthma.
      With regard to the herniation, we will watch it.
      Thank you for this referral, lumbar strain.
      """;

  @Test
  void aRecordsProseAndListsGiveOneItemPerConcept() {
    List<String> texts = extract("prose.txt", PROSE_RECORD).diagnoses().stream().map(Diagnosis::text).toList();
    assertEquals(List.of("chronic migraine", "hypothyroidism", "new disc herniation at L4-L5",
        "gastroesophageal reflux disease", "Right elbow sprain", "left elbow sprain", "degenerative joint disease",
        "Chronic glossitis", "xerostomia", "probable food allergies", "asthma"), texts);
  }

  @Test
  void theReasonForAVisitIsTheDiagnosisOnlyWhereNoneIsStated() {
    String note = """
        HISTORY: She was referred to physical therapy for low back pain.

        ASSESSMENT: The patient presents with decreased strength. She will benefit from therapy.
        """;
    List<String> texts = extract("pt.txt", note).diagnoses().stream().map(Diagnosis::text).toList();
    assertEquals(List.of("low back pain"), texts);
  }
}
