package org.imrx.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.model.Case;
import org.imrx.model.Sessions;
import org.imrx.summary.eval.EvidenceSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SummaryDrafterTest {
  static SummaryDrafter drafter;
  static final EvidenceSupport SUPPORT = new EvidenceSupport();

  static final String NOTE_NOV = """
      PRIMARY TREATING PHYSICIAN'S PROGRESS REPORT (PR-2)
      Date of service: 11/22/2016
      HISTORY: This 27-year-old female sustained an injury at work on 10/16/2016 while lifting a box of files.
      She completed 6 sessions of physical therapy with no improvement. She takes ibuprofen 800 mg.
      COMPLAINTS: low back pain radiating to the left leg.
      PHYSICAL EXAMINATION: Tenderness of the lumbar paraspinal muscles. Straight leg raise positive on the left.
      DIAGNOSES: Lumbar strain. Left L5 radiculopathy.
      DIAGNOSTIC STUDIES: MRI of the lumbar spine dated 10/3/2016 revealed disc protrusion at L4-5.
      PLAN: Request chiropractic treatment 2 times a week for 3 weeks.
      """;
  static final String NOTE_OCT = """
      PROGRESS REPORT
      Date of service: 10/28/2016
      HISTORY: The worker is a 27 year old female injured on 10/16/2016.
      EXAMINATION: restricted range of motion of the lumbar spine. Tenderness of the cervical spine.
      DIAGNOSES: lumbar strain.
      """;
  static final String UR_LETTER = """
      UTILIZATION REVIEW DETERMINATION
      Date of decision: 11/30/2016
      The request for chiropractic treatment 2 times a week for 3 weeks is non-certified.
      The injured worker sustained an injury on 10/18/2016.
      """;

  @BeforeAll
  static void load() throws Exception {
    drafter = new TemplateSummaryDrafter(new SoftMatchCaseMerger(BodyPartLexicon.load()));
  }

  static Case november() {
    return CaseMaker.of("nov.txt", NOTE_NOV)
        .event("2016-11-22", "visit", "Date of service: 11/22/2016")
        .age(27, "27-year-old female").sex("female", "female")
        .injury("2016-10-16", "10/16/2016").mechanism("lifting a box of files")
        .treatment("physical therapy", "physical-therapy", new Sessions(6, null, null))
        .treatment("ibuprofen 800 mg", "medication", null)
        .complaint("low back pain radiating to the left leg")
        .finding("Tenderness of the lumbar paraspinal muscles")
        .finding("Straight leg raise positive on the left")
        .diagnosis("Lumbar strain").diagnosis("Left L5 radiculopathy")
        .imaging("MRI of the lumbar spine", "MRI", "2016-10-03", "disc protrusion at L4-5")
        .request("chiropractic treatment 2 times a week for 3 weeks", "planned")
        .build();
  }

  static Case october() {
    return CaseMaker.of("oct.txt", NOTE_OCT)
        .event("2016-10-28", "visit", "Date of service: 10/28/2016")
        .age(27, "27 year old female").sex("female", "female").injury("2016-10-16", "10/16/2016")
        .finding("restricted range of motion of the lumbar spine")
        .finding("Tenderness of the cervical spine")
        .diagnosis("lumbar strain")
        .build();
  }

  static Case urLetter() {
    return CaseMaker.of("ur.txt", UR_LETTER)
        .event("2016-11-30", "ur-decision", "Date of decision: 11/30/2016")
        .request("chiropractic treatment 2 times a week for 3 weeks", "denied")
        .ur("2016-11-30", "non-certified", "11/30/2016", "non-certified")
        .event("2016-10-18", "injury", "injury on 10/18/2016")
        .build();
  }

  static List<DraftFact> facts(Draft d, FactType type) {
    return d.facts().stream().filter(f -> f.type().equals(type.key())).toList();
  }

  static void assertAllSupported(Draft d, CaseFile file) {
    for (DraftFact f : d.facts()) {
      for (FactEvidence e : f.evidence()) {
        CaseDocument doc = file.document(e.document());
        assertTrue(e.start() >= 0 && e.end() <= doc.content().length(), "evidence inside the text: " + f);
        assertEquals(doc.value().source().path(), e.path());
        assertEquals(doc.value().source().sha256(), e.sha256());
      }
      assertTrue(SUPPORT.supported(f, file), "supported by its evidence: " + f);
      assertEquals(f.text(), d.sentences().stream().filter(s -> s.facts().contains(f)).findFirst()
          .orElseThrow().text().substring(f.offset(), f.offset() + f.text().length()), "fact sits in its sentence");
    }
  }

  @Test
  void singleDocumentReadsInTheLettersRegister() {
    CaseFile file = CaseFile.of(november());
    Draft d = drafter.draft(file);
    assertTrue(d.text().startsWith("The injured worker is a 27 year old female who sustained an industrial"
        + " injury on 10-16-16."), d.text());
    assertTrue(d.text().contains("The injury occurred while lifting a box of files."), d.text());
    assertTrue(d.text().contains("has been treated for Lumbar strain and Left L5 radiculopathy."), d.text());
    assertTrue(d.text().contains("Treatment to date has included physical therapy (6 sessions; with no improvement)."),
        d.text());
    assertTrue(d.text().contains("Medications have included ibuprofen 800 mg."), d.text());
    assertTrue(d.text().contains("On 11-22-16, the injured worker complained of low back pain radiating to the left leg."
        + " Physical exam revealed Tenderness of the lumbar paraspinal muscles and Straight leg raise"
        + " positive on the left."), d.text());
    assertTrue(d.text().contains("MRI of the lumbar spine dated 10-3-16 revealed disc protrusion at L4-5."), d.text());
    assertTrue(d.text().contains("The treatment plan included chiropractic treatment 2 times a week for 3 weeks."));
    assertTrue(d.text().contains("No utilization review decision is documented."));
    assertEquals(Set.of("ur-decision"), d.gaps().stream().map(Gap::element).collect(Collectors.toSet()));
    assertTrue(d.conflicts().isEmpty());
    assertAllSupported(d, file);
  }

  @Test
  void factsOfSeveralDocumentsAreStatedOnce() {
    CaseFile file = CaseFile.of(october(), november());
    Draft d = drafter.draft(file);
    List<DraftFact> dx = facts(d, FactType.DIAGNOSIS);
    assertEquals(2, dx.size(), "lumbar strain of both notes once, radiculopathy once");
    DraftFact strain = dx.stream().filter(f -> f.text().equalsIgnoreCase("lumbar strain")).findFirst().orElseThrow();
    assertEquals(Set.of("d1", "d2"), strain.evidence().stream().map(FactEvidence::document).collect(Collectors.toSet()));
    assertEquals("d2", strain.evidence().get(0).document(), "the newest document's wording leads");
    assertEquals(1, facts(d, FactType.AGE).size());
    assertEquals(2, facts(d, FactType.AGE).get(0).evidence().size());
    assertEquals(1, facts(d, FactType.INJURY_DATE).size());
    assertTrue(d.conflicts().isEmpty());
    assertAllSupported(d, file);
  }

  @Test
  void findingsOfDifferentBodyPartsAreNotMerged() {
    Case a = CaseMaker.of("a.txt", "Exam: tenderness of the cervical spine.").finding("tenderness of the cervical spine").build();
    Case b = CaseMaker.of("b.txt", "Exam: tenderness of the lumbar spine.").finding("tenderness of the lumbar spine").build();
    Case c = CaseMaker.of("c.txt", "Exam: Tenderness of the lumbar spine.").finding("Tenderness of the lumbar spine").build();
    Draft d = drafter.draft(CaseFile.of(a, b, c));
    assertEquals(2, facts(d, FactType.FINDING).size(), d.text());
  }

  @Test
  void nearDuplicatesWithinOneDocumentStayDistinct() {
    String text = "No spasm in the trapezius muscles. No spasm in the paracervical muscles.";
    Case a = CaseMaker.of("a.txt", text).finding("No spasm in the trapezius muscles")
        .finding("No spasm in the paracervical muscles").build();
    assertEquals(2, facts(drafter.draft(CaseFile.of(a)), FactType.FINDING).size());
  }

  @Test
  void newestExaminationComesFirstWhateverTheInputOrder() {
    for (CaseFile file : List.of(CaseFile.of(october(), november()), CaseFile.of(november(), october()))) {
      Draft d = drafter.draft(file);
      List<DraftFact> dates = facts(d, FactType.EXAM_DATE);
      assertEquals(List.of("2016-11-22", "2016-10-28"), dates.stream().map(DraftFact::value).toList());
      int nov = d.text().indexOf("On 11-22-16");
      int oct = d.text().indexOf("On 10-28-16, physical exam revealed restricted range of motion");
      assertTrue(nov >= 0 && oct > nov, d.text());
      assertAllSupported(d, file);
    }
  }

  @Test
  void missingElementsAreSaidAndListedAsGaps() {
    Case empty = CaseMaker.of("empty.txt", "Fax cover sheet. Pages: 3.").build();
    Draft d = drafter.draft(CaseFile.of(empty));
    assertTrue(d.facts().isEmpty(), "nothing stated that the records do not say");
    assertEquals(List.of("The date of injury is not documented.", "The diagnoses are not documented.",
        "Treatment to date is not documented.", "No examination is documented.",
        "No prior imaging is documented.", "No request for authorization is documented.",
        "No utilization review decision is documented."),
        d.sentences().stream().map(DraftSentence::text).toList());
    assertEquals(Set.of("age", "sex", "injury-date", "mechanism", "diagnoses", "treatment", "examination",
        "imaging", "request", "ur-decision"), d.gaps().stream().map(Gap::element).collect(Collectors.toSet()));
  }

  @Test
  void undatedExaminationIsAGap() {
    Case a = CaseMaker.of("a.txt", "Exam: antalgic gait.").finding("antalgic gait").build();
    Draft d = drafter.draft(CaseFile.of(a));
    assertTrue(d.text().contains("Physical exam revealed antalgic gait."));
    assertTrue(d.gaps().stream().anyMatch(g -> g.element().equals("examination-date")));
  }

  @Test
  void twoInjuryDatesAreAConflictWithTheEvidenceOfEach() {
    CaseFile file = CaseFile.of(november(), urLetter());
    Draft d = drafter.draft(file);
    Conflict c = d.conflicts().stream().filter(x -> x.field().equals("injury-date")).findFirst().orElseThrow();
    assertEquals(List.of("2016-10-16", "2016-10-18"), c.values().stream().map(Conflict.Value::value).toList());
    assertEquals("d1", c.values().get(0).evidence().get(0).document());
    assertEquals("d2", c.values().get(1).evidence().get(0).document());
    assertTrue(d.text().contains("industrial injury on 10-16-16"));
    assertTrue(d.text().contains("The records also give the date of injury as 10-18-16."), d.text());
    assertAllSupported(d, file);
  }

  @Test
  void letterHeaderAndSummaryDisagreeingIsAConflictLedByTheHeader() {
    String letter = """
        Case Number: CM99-0000001
        Date of Injury: 10/10/2016 UR Denial Date: 11/18/2016
        CLINICAL CASE SUMMARY
        The injured worker is a 46 year old male with a date of injury on 10-18-2016.
        IMR ISSUES, DECISIONS AND RATIONALES
        MRI of the left shoulder without contrast is: Upheld
        """;
    Case c = CaseMaker.of("CM99-0000001.pdf", letter).letter()
        .injury("2016-10-10", "10/10/2016").urDenial("2016-11-18", "11/18/2016")
        .age(46, "46 year old male").sex("male", "male")
        .event("2016-10-18", "injury", "date of injury on 10-18-2016")
        .disputed("MRI of the left shoulder without contrast", false).build();
    CaseFile file = CaseFile.of(c);
    Draft d = drafter.draft(file);
    Conflict conflict = d.conflicts().get(0);
    assertEquals("injury-date", conflict.field());
    assertEquals("2016-10-10", conflict.values().get(0).value(), "the header's date leads");
    assertEquals("2016-10-18", conflict.values().get(1).value());
    assertTrue(d.text().startsWith("The injured worker is a 46 year old male who sustained an industrial injury on 10-10-16."));
    assertTrue(d.text().contains("On 11-18-16, utilization review non-certified the request for MRI of the left"
        + " shoulder without contrast."), d.text());
    assertAllSupported(d, file);
  }

  @Test
  void partialAndFullDatesOfTheSameDayAreNoConflict() {
    Case a = CaseMaker.of("a.txt", "Injured in October 2016.").event("2016-10", "injury", "October 2016").build();
    Case b = CaseMaker.of("b.txt", "Date of injury: 10/16/2016.").injury("2016-10-16", "10/16/2016").build();
    Draft d = drafter.draft(CaseFile.of(a, b));
    assertTrue(d.conflicts().isEmpty());
    assertEquals(List.of("2016-10-16"), facts(d, FactType.INJURY_DATE).stream().map(DraftFact::value).toList());
  }

  @Test
  void aLettersSummaryDecisionAndItsHeaderAreOneDecision() {
    String letter = """
        Date of Injury: 10/10/2016 UR Denial Date: 11/18/2016
        CLINICAL CASE SUMMARY
        The treatment plan included a home exercise kit. On 11-18-2016 Utilization Review non-certified the
        request for MRI of the left shoulder without contrast.
        IMR ISSUES, DECISIONS AND RATIONALES
        MRI of the left shoulder without contrast: Upheld
        """;
    Case c = CaseMaker.of("CM99.txt", letter).letter().injury("2016-10-10", "10/10/2016")
        .urDenial("2016-11-18", "11/18/2016")
        .request("a home exercise kit", "planned")
        .ur("2016-11-18", "non-certified", "11-18-2016", "non-certified")
        .disputed("MRI of the left shoulder without contrast", false).build();
    CaseFile file = CaseFile.of(c);
    Draft d = drafter.draft(file);
    assertTrue(d.text().contains("The treatment plan included a home exercise kit. On 11-18-16, utilization review"
        + " non-certified the request for MRI of the left shoulder without contrast."), d.text());
    assertEquals(1, facts(d, FactType.UR_DATE).size());
    assertEquals(2, facts(d, FactType.UR_DATE).get(0).evidence().size(), "header and summary");
    assertAllSupported(d, file);
  }

  @Test
  void modifiedRequestOfALetterIsQuoted() {
    String letter = """
        Date of Injury: 7-14-18 UR Denial Date: 02/11/2019
        Physical therapy 12 sessions was the original request. Physical therapy 6 sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, physical therapy 6 sessions is: Upheld
        """;
    String item = "Physical therapy 12 sessions was the original request. Physical therapy 6 sessions was authorized"
        + " by the Claims Administrator. The remaining IMR eligible portion of the original request, physical therapy 6 sessions is";
    Case c = CaseMaker.of("CM19.txt", letter).letter().urDenial("2019-02-11", "02/11/2019")
        .disputed(item, true).build();
    CaseFile file = CaseFile.of(c);
    Draft d = drafter.draft(file);
    assertTrue(d.text().contains("On 2-11-19, utilization review modified the request: Physical therapy 12 sessions"
        + " was the original request."), d.text());
    assertTrue(d.text().endsWith("physical therapy 6 sessions."), d.text());
    assertAllSupported(d, file);
  }

  @Test
  void urDecisionOfARecordCoversItsDeniedRequests() {
    CaseFile file = CaseFile.of(november(), urLetter());
    Draft d = drafter.draft(file);
    assertTrue(d.text().contains("On 11-30-16, utilization review non-certified the request for chiropractic"
        + " treatment 2 times a week for 3 weeks."), d.text());
    assertFalse(d.text().contains("The treatment plan included"), "a decided request is not repeated as planned");
    DraftFact request = facts(d, FactType.REQUEST).get(0);
    assertEquals(2, request.evidence().size(), "the plan of the note and the UR letter");
    assertTrue(d.gaps().stream().noneMatch(g -> g.element().equals("ur-decision")));
  }

  @Test
  void valueWithoutEvidenceIsNotStated() {
    String text = "The patient has lumbar strain.";
    Case c = new Case(new org.imrx.model.Source("x.txt", "0".repeat(64), "text/plain", null),
        org.imrx.model.DocumentType.MEDICAL_RECORD, null, org.imrx.model.Dates.NONE, null,
        new org.imrx.model.Patient(50, null), org.imrx.model.Reviewer.NONE, null, List.of(),
        List.of(new org.imrx.model.Diagnosis("lumbar strain", null, null, null, null,
            new org.imrx.model.Evidence(5, 500, null))),
        List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
        new java.util.TreeMap<>(), List.of(), text);
    Draft d = drafter.draft(CaseFile.of(c));
    assertTrue(d.facts().isEmpty(), d.text());
    assertEquals(2, d.warnings().stream().filter(w -> w.type().equals("no-evidence")).count());
    assertFalse(d.warnings().stream().anyMatch(w -> w.message().contains("lumbar")), "no document text in warnings");
  }

  @Test
  void everyFactOfEveryDraftPointsInsideItsDocument() {
    for (CaseFile file : List.of(CaseFile.of(november()), CaseFile.of(october(), november(), urLetter()),
        CaseFile.of(urLetter()))) {
      Draft d = drafter.draft(file);
      assertFalse(d.facts().isEmpty());
      assertAllSupported(d, file);
      assertNotNull(d.documents());
    }
  }

  @Test
  void randomDocumentsNeverBreakTheDrafter() {
    java.util.Random r = new java.util.Random(7);
    String alphabet = "abc 0123456789/-.,:;\n<>&\"'lumbar spine pain MRI 10/16/2016 no with relief ";
    for (int i = 0; i < 200; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = r.nextInt(400) + 20; k > 0; k--) {
        s.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = s.toString();
      int a = r.nextInt(text.length() - 5);
      String phrase = text.substring(a, a + 1 + r.nextInt(Math.min(30, text.length() - a - 1)));
      if (phrase.isBlank()) {
        continue;
      }
      Case c = CaseMaker.of("r" + i + ".txt", text).finding(phrase)
          .treatment(phrase, "physical-therapy", new Sessions(r.nextInt(20), 3, 2))
          .imaging(phrase, "MRI", "2016-10-16", phrase).event("2016-10-16", "visit", phrase).build();
      CaseFile file = CaseFile.of(c);
      Draft d = drafter.draft(file);
      for (DraftFact f : d.facts()) {
        for (FactEvidence e : f.evidence()) {
          assertTrue(e.end() <= text.length());
        }
      }
    }
  }
}
