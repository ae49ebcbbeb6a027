package org.imrx.summary;

import java.util.List;
import org.imrx.model.Complaint;
import org.imrx.model.ExamFinding;

/**
 * The examinations, newest first: "On 11-22-16, the injured worker complained of ... Physical
 * examination revealed ...". Each finding is stated once, at the newest examination that
 * records it. Stateless.
 */
final class ExaminationSentences {
  void write(DraftWriter out) {
    List<Examination> exams = out.merged.examinations();
    if (exams.isEmpty()) {
      out.missing("examination", "No examination is documented.", "examination",
          "No examination is documented: look for the most recent progress report (PR-2) or"
              + " evaluation, its complaints and objective findings.");
      return;
    }
    boolean anyFindings = false;
    for (Examination e : exams) {
      boolean dated = e.date() != null && !e.dateEvidence().isEmpty();
      boolean complained = false;
      if (!e.complaints().isEmpty()) {
        SentenceBuilder b = out.sentence("examination");
        if (dated) {
          date(b.say("On "), e).say(", the injured worker complained of ");
        } else {
          b.say("The injured worker complained of ");
        }
        b.list(e.complaints(), (s, a) -> complaint(s, a));
        out.add(b);
        complained = true;
      }
      if (!e.findings().isEmpty()) {
        anyFindings = true;
        SentenceBuilder b = out.sentence("examination");
        if (dated && !complained) {
          date(b.say("On "), e).say(", physical exam revealed ");
        } else {
          b.say("Physical exam revealed ");
        }
        b.list(e.findings(), (s, a) -> finding(s, a));
        out.add(b);
      }
      if (!dated) {
        out.missing("examination", null, "examination-date",
            "The date of an examination is not documented: look for the date of service of the report"
                + " that records it.");
      }
    }
    if (!anyFindings) {
      out.missing("examination", "No objective examination findings are documented.", "examination-findings",
          "No objective findings are documented: look for the physical examination of the latest"
              + " progress report.");
    }
  }

  private static SentenceBuilder date(SentenceBuilder b, Examination e) {
    return b.fact(FactType.EXAM_DATE, LetterDateStyle.format(e.date()), e.date(), e.dateEvidence());
  }

  private static void complaint(SentenceBuilder s, Attested<Complaint> a) {
    s.fact(FactType.COMPLAINT, a.value().text(), null, a.evidence());
  }

  private static void finding(SentenceBuilder s, Attested<ExamFinding> a) {
    s.fact(FactType.FINDING, a.value().text(), a.value().negated() ? "negated" : null, a.evidence());
  }
}
