package org.imrx.summary;

import org.imrx.eval.SoftMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.imrx.model.Diagnosis;
import org.imrx.model.Evidence;
import org.imrx.model.Sessions;
import org.imrx.model.Treatment;

/**
 * The diagnoses ("The injured worker has been treated for ...") and the treatment to date
 * ("Treatment to date has included physical therapy (6 sessions; no relief) ..."), with session
 * counts and outcomes only where the sentence that names the treatment states them. Stateless and
 * thread-safe.
 */
final class HistorySentences {
  private static final SoftMatcher MATCHER = new SoftMatcher();
  private static final Pattern HEDGE = Pattern.compile(
      "(?i)\\b(?:possible|possibly|probable|suspected|likely|questionable|rule[- ]out|r/o|versus|vs)\\b|\\?");
  private final EvidenceLocator locator = new EvidenceLocator();
  private final RegexTreatmentOutcomeFinder outcomes = new RegexTreatmentOutcomeFinder();

  void write(DraftWriter out) {
    diagnoses(out);
    treatments(out);
  }

  private static void diagnoses(DraftWriter out) {
    List<Attested<Diagnosis>> dx = out.merged.diagnoses();
    if (dx.isEmpty()) {
      out.missing("diagnoses", "The diagnoses are not documented.", "diagnoses",
          "No diagnosis is documented: look for the assessment or diagnoses of the treating"
              + " physician's latest report.");
      return;
    }
    SentenceBuilder b = out.sentence("diagnoses").say("The injured worker has been treated for ");
    b.list(dx, (s, a) -> {
      Diagnosis d = a.value();
      String certainty = d.certainty() == null ? "" : d.certainty();
      if (certainty.equals("history-of")) {
        s.say("a history of ");
      } else if (certainty.equals("possible") && !HEDGE.matcher(d.text()).find()) {
        s.say("possible ");
      } else if (certainty.equals("rule-out") && !HEDGE.matcher(d.text()).find()) {
        s.say("rule out ");
      }
      s.fact(FactType.DIAGNOSIS, d.text(), d.icd10() == null ? null : d.icd10().code(), a.evidence());
    });
    out.add(b);
  }

  private void treatments(DraftWriter out) {
    List<Attested<Treatment>> medications = new ArrayList<>();
    List<Attested<Treatment>> others = new ArrayList<>();
    for (Attested<Treatment> t : out.merged.treatments()) {
      boolean named = t.value().drug() != null || !t.value().text().toLowerCase(Locale.ROOT).startsWith("medication");
      ("medication".equals(t.value().kind()) && named ? medications : others).add(t);
    }
    if (medications.isEmpty() && others.isEmpty()) {
      out.missing("treatment", "Treatment to date is not documented.", "treatment",
          "No treatment to date is documented: look for therapy notes, medication lists and procedure"
              + " reports.");
      return;
    }
    if (!others.isEmpty()) {
      SentenceBuilder b = out.sentence("treatment").say("Treatment to date has included ");
      b.list(others, (s, a) -> treatment(out, s, a));
      out.add(b);
    }
    if (!medications.isEmpty()) {
      SentenceBuilder b = out.sentence("treatment")
          .say(others.isEmpty() ? "Treatment to date has included the medications " : "Medications have included ");
      b.list(medications, (s, a) -> treatment(out, s, a));
      out.add(b);
    }
  }

  private void treatment(DraftWriter out, SentenceBuilder s, Attested<Treatment> a) {
    Treatment t = a.value();
    s.fact(FactType.TREATMENT, t.text(), t.drug(), a.evidence());
    FactEvidence first = a.evidence().get(0);
    CaseDocument doc = out.document(first);
    Evidence at = DraftWriter.evidence(first);
    Count count = count(doc, at, t);
    Evidence outcome = outcomes.find(doc, at, otherTreatments(doc, at));
    if (count == null && outcome == null) {
      return;
    }
    s.say(" (");
    if (count != null) {
      s.fact(FactType.TREATMENT_COUNT, count.text, count.value, List.of(FactEvidence.of(doc, count.evidence)));
    }
    if (outcome != null) {
      if (count != null) {
        s.say("; ");
      }
      s.fact(FactType.TREATMENT_OUTCOME, doc.content().substring(outcome.start(), outcome.end()), null,
          List.of(FactEvidence.of(doc, outcome)));
    }
    s.say(")");
  }

  private record Count(String text, String value, Evidence evidence) {}

  /** The session count, where the numbers are not already in the text and are found near it. */
  private Count count(CaseDocument doc, Evidence at, Treatment t) {
    Sessions n = t.sessions();
    if (n == null) {
      return null;
    }
    List<String> words = MATCHER.tokens(t.text());
    if (n.count() != null && !words.contains(n.count().toString())) {
      Evidence e = locator.numberNear(doc, at, n.count());
      return e == null ? null : new Count(n.count() + (n.count() == 1 ? " session" : " sessions"),
          n.count().toString(), e);
    }
    if (n.perWeek() != null && n.weeks() != null && !words.contains(n.perWeek().toString())
        && !words.contains(n.weeks().toString())) {
      Evidence p = locator.numberNear(doc, at, n.perWeek());
      Evidence w = locator.numberNear(doc, at, n.weeks());
      if (p == null || w == null) {
        return null;
      }
      Evidence span = doc.evidence(Math.min(p.start(), w.start()), Math.max(p.end(), w.end()));
      return new Count(n.perWeek() + (n.perWeek() == 1 ? " time" : " times") + " a week for "
          + n.weeks() + (n.weeks() == 1 ? " week" : " weeks"), n.perWeek() + " " + n.weeks(), span);
    }
    return null;
  }

  private static List<Evidence> otherTreatments(CaseDocument doc, Evidence at) {
    List<Evidence> out = new ArrayList<>();
    for (Treatment t : doc.value().treatments()) {
      if (t.evidence() != null && !(t.evidence().start() == at.start() && t.evidence().end() == at.end())) {
        out.add(t.evidence());
      }
    }
    for (Treatment t : doc.value().requests()) {
      if (t.evidence() != null) {
        out.add(t.evidence());
      }
    }
    return out;
  }
}
