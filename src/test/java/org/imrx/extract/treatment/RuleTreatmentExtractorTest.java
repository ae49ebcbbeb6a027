package org.imrx.extract.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.imrx.TestDocs;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.DocumentType;
import org.imrx.model.Sessions;
import org.imrx.model.Treatment;
import org.imrx.text.RecordSectioner;
import org.imrx.text.Section;
import org.imrx.text.SentenceDetectorSplitter;
import org.imrx.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Treatments and requests read from short synthetic case summaries and records. */
class RuleTreatmentExtractorTest {
  private static RuleTreatmentExtractor extractor;
  private static SentenceDetectorSplitter sentences;

  @BeforeAll
  static void load() throws Exception {
    extractor = new RuleTreatmentExtractor(Lexicons.load(null));
    sentences = SentenceDetectorSplitter.apacheEnglish();
  }

  /** The text as a determination letter whose clinical case summary is all of it. */
  private static TreatmentLists summary(String text) {
    AnnotatedDocument doc = new AnnotatedDocument(TestDocs.text("letter.txt", text),
        DocumentType.IMR_DETERMINATION,
        List.of(new Section("summary", new Span(0, 0), new Span(0, text.length()))),
        () -> sentences.sentences(text, 0, text.length()));
    return checked(text, extractor.extract(doc));
  }

  /** The text as a medical record, sectioned by its headings. */
  private static TreatmentLists record(String text) {
    AnnotatedDocument doc = new AnnotatedDocument(TestDocs.text("note.txt", text),
        DocumentType.MEDICAL_RECORD, new RecordSectioner().sections(text),
        () -> sentences.sentences(text, 0, text.length()));
    return checked(text, extractor.extract(doc));
  }

  /** Every item's evidence lies in the text and holds its words. */
  private static TreatmentLists checked(String text, TreatmentLists lists) {
    for (List<Treatment> l : List.of(lists.treatments(), lists.requests())) {
      for (Treatment t : l) {
        assertNotNull(t.evidence(), t.text());
        assertTrue(t.evidence().start() >= 0 && t.evidence().end() <= text.length(), t.text());
        String span = text.substring(t.evidence().start(), t.evidence().end()).replaceAll("\\s+", " ");
        assertTrue(span.contains(t.text()) || t.text().split(" ").length > 1
            && span.contains(t.text().split(" ")[0]), t.text() + " / " + span);
      }
    }
    return lists;
  }

  private static List<String> texts(List<Treatment> l) {
    return l.stream().map(Treatment::text).toList();
  }

  private static Treatment find(List<Treatment> l, String text) {
    return l.stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not in " + texts(l)));
  }

  @Test
  void mapsABrandInContext() {
    TreatmentLists r = summary("Current medications include Norco 10/325 #120 every 6 hours as needed.");
    Treatment norco = find(r.treatments(), "Norco 10/325");
    assertEquals("medication", norco.kind());
    assertEquals("hydrocodone/acetaminophen", norco.drug());
    assertEquals("Opioids", norco.drugClass());
    assertEquals("10/325", norco.strength());
    assertEquals("#120", norco.quantity());
    assertEquals("every 6 hours as needed", norco.frequency());
    assertNull(norco.status());
  }

  @Test
  void mergesTheAgentsOfACompound() {
    TreatmentLists r = summary("Treatment to date has included Flurbiprofen 10%, Cyclobenzaprine 3%, "
        + "Lidocaine 5% cream and Tramadol 50mg.");
    assertEquals(2, r.treatments().size(), texts(r.treatments()).toString());
    Treatment compound = r.treatments().get(0);
    assertEquals("Topical Compounds", compound.drugClass());
    assertEquals("flurbiprofen/cyclobenzaprine/lidocaine", compound.drug());
    assertTrue(compound.text().startsWith("Flurbiprofen 10%, Cyclobenzaprine 3%, Lidocaine 5%"), compound.text());
    assertEquals("tramadol", r.treatments().get(1).drug());
  }

  @Test
  void separatesTreatmentsGivenFromPlans() {
    TreatmentLists r = summary("Treatment to date has included physical therapy, acupuncture and "
        + "activity modification. The treatment plan included chiropractic therapy and a TENS unit.");
    assertEquals(List.of("physical therapy", "acupuncture", "activity modification"), texts(r.treatments()));
    assertEquals(List.of("chiropractic therapy", "TENS unit"), texts(r.requests()));
    assertTrue(r.requests().stream().allMatch(t -> "planned".equals(t.status())));
  }

  @Test
  void readsTheUtilizationReviewOutcome() {
    TreatmentLists r = summary("On 11-30-16, the request for chiropractic therapy 3 times a week for "
        + "2 weeks was non-certified by utilization review. Norco 10/325mg #60 was the original "
        + "request. Norco 10/325mg #25 was authorized by the Claims Administrator.");
    assertEquals(List.of(), r.treatments());
    Treatment chiro = find(r.requests(), "chiropractic therapy");
    assertEquals("denied", chiro.status());
    assertEquals(new Sessions(null, 3, 2), chiro.sessions());
    assertEquals(List.of("requested", "authorized"),
        r.requests().stream().filter(t -> "medication".equals(t.kind())).map(Treatment::status).toList());
  }

  @Test
  void leavesOutWhatWasNotDone() {
    TreatmentLists r = summary("There has been no prior chiropractic therapy. Physical therapy "
        + "appointments were scheduled but she did not go. She has not started acupuncture yet. "
        + "Valium and Zofran were not able to fill per insurance.");
    assertEquals(List.of(), r.treatments());
  }

  @Test
  void readsWorkStatus() {
    assertEquals(List.of("temporary total disability"),
        texts(summary("The injured worker is on temporary total disability.").treatments()));
    assertEquals(List.of("modified duties"),
        texts(summary("The injured worker is working modified duties.").treatments()));
    Treatment ttd = summary("Current work status is temporarily and totally psychologically disabled.")
        .treatments().get(0);
    assertEquals("work-status", ttd.kind());
    assertEquals("temporarily and totally psychologically disabled", ttd.text());
  }

  @Test
  void notReturnedToWorkIsOffWork() {
    Treatment off = summary("The injured worker has not returned to work.").treatments().get(0);
    assertEquals("not returned to work", off.text());
    assertEquals("work-status", off.kind());
  }

  @Test
  void aDecisionOpenedByHadBeenGovernsEitherSide() {
    TreatmentLists denied = summary("The requests were previously denied on 12/28/2016. The Ultram had been "
        + "previously denied due to the lack of a trial of non-opioid analgesics.");
    assertEquals(List.of(), denied.treatments());
    assertEquals("denied", find(denied.requests(), "Ultram").status());
    TreatmentLists authorized = summary("The injured worker had been authorized for 6 sessions of physical therapy.");
    assertEquals(List.of(), authorized.treatments());
    assertEquals("authorized", authorized.requests().get(0).status());
  }

  @Test
  void keepsTheGenericMedicationsOnlyWhereNoDrugIsNamed() {
    assertEquals(List.of("physical therapy", "Tramadol"), texts(summary(
        "Treatment to date has included medications and physical therapy. Current medications "
            + "include Tramadol.").treatments()));
    assertEquals(List.of("medication"), texts(summary("Treatment has included medication. "
        + "The request for Ibuprofen 600mg #90 was modified.").treatments()));
    // a class word stays where no drug of its class is named
    assertEquals(List.of("muscle relaxants", "Tylenol"), texts(summary(
        "Treatment included muscle relaxants. Current medications included Tylenol.").treatments()));
  }

  @Test
  void listsAConceptOnce() {
    TreatmentLists r = summary("Treatment to date has included 6 chiropractic treatments and Norco. "
        + "Chiropractic treatment helped. Medications include Norco 10/325mg.");
    assertEquals(List.of("6 chiropractic treatments", "Norco 10/325mg"), texts(r.treatments()));
    assertEquals(6, r.treatments().get(0).sessions().count());
  }

  @Test
  void splitsCoordinatedModifications() {
    TreatmentLists r = summary("Treatment to date has included a cane, and activity and work "
        + "modifications, including no lifting. The worker is able to work modified duty.");
    assertEquals(List.of("cane", "activity modifications", "work modifications"), texts(r.treatments()));
  }

  @Test
  void readsARecordBySection() {
    TreatmentLists r = record("""
        HISTORY OF PRESENT ILLNESS: He underwent a right carpal tunnel release in 2005.
        PAST SURGICAL HISTORY: Appendectomy, tonsillectomy.
        MEDICATIONS: Lisinopril 10 mg daily, Ester-C b.i.d.
        ALLERGIES: Penicillin.
        PHYSICAL EXAMINATION: Calcium 9.1. No tenderness of the wrist.
        PLAN: Start gabapentin 300 mg at bedtime. Physical therapy twice a week for 4 weeks.
        """);
    assertEquals(List.of("right carpal tunnel release", "Appendectomy", "tonsillectomy",
        "Lisinopril 10 mg", "Ester-C"), texts(r.treatments()));
    assertEquals(List.of("gabapentin 300 mg", "Physical therapy"), texts(r.requests()));
    assertEquals(new Sessions(null, 2, 4), r.requests().get(1).sessions());
    assertEquals("anti-epilepsy drugs", r.requests().get(0).drugClass().toLowerCase());
  }

  @Test
  void readsAProcedureNoteByItsHeadings() {
    TreatmentLists r = record("""
        PROCEDURES PERFORMED:
        1. C5-C6 anterior cervical discectomy.
        2. Bone bank allograft.
        ANESTHESIA: General endotracheal.
        DESCRIPTION OF PROCEDURE: The patient was positioned supine. A discectomy was carried out and
        the plate was placed. Lidocaine 1% was injected into the skin. A dressing was applied.
        """);
    assertEquals(List.of("C5-C6 anterior cervical discectomy", "Bone bank allograft",
        "General endotracheal", "Lidocaine 1%", "dressing"), texts(r.treatments()));
    assertEquals("surgery", r.treatments().get(0).kind());
  }

  @Test
  void leavesTheDisputedRetrospectiveRequestOut() {
    String summary = "Treatment to date includes physical therapy and medications. The patient was "
        + "injected with 5 cc lidocaine on this visit.";
    String text = summary + "\nRetrospective injection of 5cc lidocaine to the right knee: Upheld";
    AnnotatedDocument doc = new AnnotatedDocument(TestDocs.text("letter.txt", text),
        DocumentType.IMR_DETERMINATION,
        List.of(new Section("summary", new Span(0, 0), new Span(0, summary.length())),
            new Section("issues", new Span(summary.length(), summary.length()),
                new Span(summary.length() + 1, text.length()))),
        () -> sentences.sentences(text, 0, text.length()));
    TreatmentLists r = extractor.extract(doc);
    assertEquals(List.of("physical therapy", "medications"), texts(r.treatments()));
    assertEquals("lidocaine", r.requests().get(0).drug());
  }

  @Test
  void randomTextNeverThrows() {
    Random random = new Random(7);
    String alphabet = "abc PT Norco 10/325 #60 plan: request for, denied. \n\n1. MEDICATIONS: ";
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(400);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      record(b.toString());
      summary(b.toString());
    }
  }

  @Test
  void readsProceduresWrittenAsVerbs() {
    TreatmentLists r = record("HISTORY: She had polyps removed from the colon in 2015. The cyst was excised "
        + "by Dr. Smith. His family physician attempted to remove the wire. The sutures were removed.");
    List<String> t = texts(r.treatments());
    assertTrue(t.contains("polyps removed"), t.toString());
    assertTrue(t.contains("cyst was excised"), t.toString());
    assertTrue(t.contains("attempted to remove the wire"), t.toString());
    assertFalse(t.stream().anyMatch(x -> x.contains("sutures")), t.toString());
  }

  @Test
  void theStepsOfAProcedureNarrativeAreNoVerbProcedures() {
    String detail = "The patient was prepped and draped. ".repeat(12);
    TreatmentLists r = record("PROCEDURE PERFORMED: Excision of ganglion cyst, left wrist.\n"
        + "DESCRIPTION OF PROCEDURE: " + detail + "The cyst was excised in toto.");
    assertFalse(texts(r.treatments()).contains("cyst was excised"), texts(r.treatments()).toString());
  }

  @Test
  void aWordJoinedByAndNamesItsOwnTreatment() {
    List<String> t = texts(summary("Treatment to date has included physical and occupational therapy "
        + "and cervical and lumbar epidural steroid injections.").treatments());
    assertTrue(t.containsAll(List.of("physical therapy", "occupational therapy",
        "cervical epidural steroid injections", "lumbar epidural steroid injections")), t.toString());
  }

  @Test
  void drugsNoLexiconKnowsContinueAListOfKnownOnes() {
    List<String> t = texts(record("HISTORY: She is currently on Zyrtec, Flonase and Qvarzitol for an ear "
        + "infection. She saw Dr. Jones, Smith and Brown.").treatments());
    assertTrue(t.contains("Qvarzitol"), t.toString());
    assertFalse(t.contains("Smith") || t.contains("Brown"), t.toString());
  }

  @Test
  void aPlanTellingWhatWasDoneReadsAsDone() {
    TreatmentLists r = record("HISTORY: Low back pain.\nASSESSMENT AND PLAN: She is better. Her radicular symptoms have "
        + "resolved since her transforaminal injection. We will start acupuncture.");
    assertTrue(texts(r.treatments()).contains("transforaminal injection"), texts(r.treatments()).toString());
    assertTrue(texts(r.requests()).contains("acupuncture"), texts(r.requests()).toString());
  }

  @Test
  void anesthesiaAndDressingsAreOneItemEach() {
    TreatmentLists r = record("PROCEDURE PERFORMED: Excision of foreign body, right foot.\n"
        + "ANESTHESIA: TIVA and local.\n"
        + "HARDWARE: 0.79 K-wire.\n"
        + "DESCRIPTION: The wound was closed. Dressings consisted of Owen silk, 4x4s, Kling, Kerlix, and Coban.");
    List<String> t = texts(r.treatments());
    assertTrue(t.containsAll(List.of("TIVA", "local", "0.79 K-wire", "Owen silk", "4x4s", "Kling",
        "Kerlix", "Coban")), t.toString());
  }

  @Test
  void irrigationsAndLaboratoryListsAreNoTreatments() {
    List<String> t = texts(record("HISTORY: CBC, PT, PTT, ESR and B12 were all normal. The wound was "
        + "irrigated with gentamicin solution. She takes Norco 10/325.").treatments());
    assertEquals(List.of("Norco 10/325"), t);
  }
}
