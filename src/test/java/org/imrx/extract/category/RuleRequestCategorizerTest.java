package org.imrx.extract.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.imrx.lexicon.Lexicons;
import org.imrx.lexicon.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleRequestCategorizerTest {
  static Lexicons lexicons;
  static RuleRequestCategorizer categorizer;

  @BeforeAll
  static void load() throws Exception {
    lexicons = Lexicons.load(null);
    categorizer = RuleRequestCategorizer.load(lexicons.taxonomy(), lexicons.drugs());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Repeat MRI of the cervical spine without contrast | Diagnostic Testing | Imaging / Radiology",
      "Magnetic resonance imaging of the left knee | Diagnostic Testing | Imaging / Radiology",
      "EMG/NCV of the bilateral lower extremities | Diagnostic Testing | EMG/NCV/NCS",
      "Pre-operative labs: PT/PTT | Diagnostic Testing | Lab & Pathology",
      "Physical therapy 2 times a week for 6 weeks for the lumbar spine | Rehabilitation | Physical Therapy/Occupational Therapy (PT/OT)",
      "Additional PT x 8 for the right shoulder | Rehabilitation | Physical Therapy/Occupational Therapy (PT/OT)",
      "Chiropractic physiotherapy 6 visits | Rehabilitation | Chiropractic",
      "Eight acupuncture visits with capsaicin patch | Rehabilitation | Acupuncture",
      "Physical therapy evaluation, thoracic spine | Rehabilitation | Physical Therapy/Occupational Therapy (PT/OT)",
      "Lumbar epidural steroid injection at L4-5 | Injection | Injection",
      "Bilateral L4-5 medial branch blocks | Injection | Facet Injection",
      "Right knee arthroscopy with partial meniscectomy | Surgery | Arthroscopic Surgery",
      "L5-S1 laminectomy and discectomy | Surgery | Spine",
      "Associated surgical service: assistant surgeon | Surgery | Adjunct Surgical Services",
      "Associated surgical service: cold therapy unit, 7 day rental | DMEPOS | DME",
      "TENS unit purchase | DMEPOS | Electrical Stimulation",
      "Lumbar back brace | DMEPOS | Prosthetics/Orthotics",
      "Norco 10/325mg #120 | Pharmaceuticals | Opioids",
      "Hydrocodone/APAP 5/325 #60 | Pharmaceuticals | Opioids",
      "Flexeril 7.5mg #60 | Pharmaceuticals | Muscle Relaxant",
      "Ketoprofen 20% in cream base 120g | Pharmaceuticals | Topical Compounds",
      "Lidocaine 5% patch #30 | Pharmaceuticals | Topical Analgesics",
      "Omeprazole 20mg #60 | Pharmaceuticals | Proton Pump Inhibitors",
      "Retrospective injection of lidocaine to the right knee | Injection | Injection",
      "Functional capacity evaluation | Diagnostic Testing | Other Diagnostic Tests",
      "Urine drug screen | Diagnostic Testing | Lab & Pathology",
      "Orthopedic surgeon evaluation for the lumbar spine | Evaluation & Management | Medical Specialties",
      "Cognitive behavioral therapy, 6 sessions | Psych Services | Therapies",
      "Home health aide 4 hours a day | Home Health | Home Health",
      "Functional restoration program, 80 hours | Programs | Programs",
      "Transportation to and from medical appointments | Transportation | Transportation",
  })
  void categorizesRequestsByTheirHead(String text, String category, String subcategory) {
    Optional<CategoryMatch> m = categorizer.categorize(text);
    assertTrue(m.isPresent(), text);
    assertEquals(category, m.get().name(), text);
    assertEquals(subcategory, m.get().subcategory(), text);
  }

  @Test
  void everyAnswerIsARowOfTheTaxonomyAndItsEvidenceLiesInTheSpan() {
    Taxonomy t = lexicons.taxonomy();
    String text = "The request: MRI of the lumbar spine. Then Norco 10/325 #60.";
    var span = new org.imrx.text.Span(13, 37);
    CategoryMatch m = categorizer.categorize(text, span).orElseThrow();
    assertTrue(t.isCategory(m.name(), m.subcategory()));
    assertTrue(span.contains(m.evidence()));
    assertEquals("MRI", m.evidence().text(text));
  }

  @Test
  void nothingNamedGivesNothing() {
    assertTrue(categorizer.categorize("Retrospective request dated 12/01/2016").isEmpty());
    assertTrue(categorizer.categorize("").isEmpty());
  }
}
