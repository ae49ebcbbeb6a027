package org.imrx.index;

import java.util.ArrayList;
import java.util.List;
import org.imrx.model.Case;
import org.imrx.model.Dates;
import org.imrx.model.Decision;
import org.imrx.model.DisputedItem;
import org.imrx.model.DocumentType;
import org.imrx.model.Evidence;
import org.imrx.model.Guideline;
import org.imrx.model.GuidelineSource;
import org.imrx.model.Outcome;
import org.imrx.model.Patient;
import org.imrx.model.Reviewer;
import org.imrx.model.Source;

/** Synthetic determination letters for index tests, written for them. */
final class IndexFixtures {
  private IndexFixtures() {}

  record Item(String text, Decision decision, String category, String subcategory,
      GuidelineSource source, String chapter, String rationale) {}

  static Item item(String text, Decision d, String category, String subcategory, String chapter, String rationale) {
    return new Item(text, d, category, subcategory, GuidelineSource.MTUS, chapter, rationale);
  }

  static Case letter(String caseNumber, String decided, String specialty, String summary, Item... items) {
    return letter(caseNumber, "sha-" + caseNumber, decided, specialty, summary, items);
  }

  static Case letter(String caseNumber, String sha, String decided, String specialty, String summary, Item... items) {
    StringBuilder content = new StringBuilder("Case Number: " + caseNumber + "\n\nCLINICAL CASE SUMMARY\n");
    content.append(summary).append("\n\nIMR ISSUES, DECISIONS AND RATIONALES\n");
    List<DisputedItem> list = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    for (Item it : items) {
      int start = content.length();
      content.append(it.text()).append(": ").append(it.decision()).append("\n");
      Evidence ev = new Evidence(start, start + it.text().length(), 1);
      List<Guideline> g = it.chapter() == null ? List.of()
          : List.of(new Guideline(it.source(), it.source() + " " + it.chapter(), it.chapter(), List.of(), ev));
      content.append("Decision rationale: ").append(it.rationale()).append("\n\n");
      list.add(new DisputedItem(it.text(), it.decision(), false, it.category(), it.subcategory(),
          g, g, it.rationale(), ev));
      decisions.add(it.decision());
    }
    return new Case(new Source("/letters/" + caseNumber + ".txt", sha, "text/plain", null),
        DocumentType.IMR_DETERMINATION, caseNumber, new Dates(null, "2015-01-02", decided, null, null),
        "Standard", new Patient(50, "female"),
        new Reviewer(List.of("California"), List.of(specialty), List.of(specialty)),
        Outcome.of(decisions), list, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        null, null, List.of(), new java.util.TreeMap<>(), List.of(), content.toString());
  }

  /** Five letters: imaging, therapy and drug requests over two years and three specialties. */
  static List<Case> five() {
    return List.of(
        letter("CM16-0000001", "2016-12-05", "Orthopedic Surgery",
            "She has neck pain radiating to the arm after a fall. Prior x-rays were normal.",
            item("Magnetic resonance imaging of the cervical spine", Decision.UPHELD, "Diagnostic Testing",
                "Imaging / Radiology", "Neck and Upper Back Complaints", "No red flags; imaging is not indicated."),
            item("Physical therapy 2 times a week for 6 weeks for the neck", Decision.OVERTURNED, "Rehabilitation",
                "Physical Therapy/Occupational Therapy (PT/OT)", "Neck and Upper Back Complaints",
                "A short course of therapy is reasonable.")),
        letter("CM17-0000002", "2017-01-20", "Family Practice",
            "He reports low back pain with sciatica. He takes hydrocodone/acetaminophen daily.",
            item("Norco 10/325mg #120", Decision.UPHELD, "Pharmaceuticals", "Opioids", "Chronic Pain Medical Treatment",
                "No documented functional improvement with opioids."),
            item("MRI of the lumbar spine", Decision.UPHELD, "Diagnostic Testing", "Imaging / Radiology",
                "Low Back Complaints", "No progressive neurological deficit.")),
        letter("CM17-0000003", "2017-03-15", "Orthopedic Surgery",
            "Low back pain after lifting; lumbosacral tenderness on examination.",
            item("L/S epidural steroid injection at L4-5", Decision.OVERTURNED, "Injection", "Injection",
                "Low Back Complaints", "Radiculopathy is corroborated by imaging.")),
        letter("CM17-0000004", "2017-05-02", "Internal Medicine",
            "Right shoulder pain; rotator cuff tendinitis.",
            item("PT for the right shoulder, 8 sessions", Decision.UPHELD, "Rehabilitation",
                "Physical Therapy/Occupational Therapy (PT/OT)", "Shoulder Complaints",
                "Prior physical therapy gave no lasting benefit."),
            item("Cyclobenzaprine 7.5mg #60", Decision.UPHELD, "Pharmaceuticals", "Muscle Relaxant",
                "Chronic Pain Medical Treatment", "Muscle relaxants are for short-term use.")),
        letter("CM17-0000005", "2017-06-30", "Family Practice",
            "Chronic neck pain; cervical strain.",
            item("Repeat MRI of the neck", Decision.OVERTURNED, "Diagnostic Testing", "Imaging / Radiology",
                "Neck and Upper Back Complaints", "New neurological findings warrant repeat imaging.")));
  }
}
