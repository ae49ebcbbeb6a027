package org.imrx.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imrx.model.Complaint;
import org.imrx.model.Evidence;
import org.imrx.model.ExamFinding;
import org.imrx.model.TimelineEvent;

/**
 * Groups the findings and complaints of a case file into examinations, newest first: each is
 * dated by the last visit of its document's timeline that precedes it, merged across documents
 * (a fact several documents record is kept once, at its newest date), and each examination date
 * carries the evidence of its visits. Immutable and thread-safe.
 */
final class ExaminationGrouper {
  private final Agreement agreement;

  ExaminationGrouper(Agreement agreement) {
    this.agreement = agreement;
  }

  List<Examination> group(List<CaseDocument> docs, List<DraftWarning> warnings) {
    Map<String, List<FactEvidence>> visitEvidence = new LinkedHashMap<>();
    List<List<Clusterer.Item<ExamFinding>>> findings = new ArrayList<>();
    List<List<Clusterer.Item<Complaint>>> complaints = new ArrayList<>();
    for (CaseDocument d : docs) {
      List<TimelineEvent> visits = d.value().timeline().stream()
          .filter(t -> "visit".equals(t.event()) && t.date() != null && d.holds(t.evidence()))
          .sorted(Comparator.comparingInt(t -> t.evidence().start()))
          .toList();
      List<Clusterer.Item<ExamFinding>> f = new ArrayList<>();
      List<ExamFinding> fs = d.value().examFindings();
      for (int i = 0; i < fs.size(); i++) {
        ExamFinding x = fs.get(i);
        if (dated(d, x.text(), x.evidence(), visits, "examFindings[" + i + "]", warnings, f, x)) {
          visitEvidence(d, visits, f.get(f.size() - 1), visitEvidence);
        }
      }
      List<Clusterer.Item<Complaint>> c = new ArrayList<>();
      List<Complaint> cs = d.value().complaints();
      for (int i = 0; i < cs.size(); i++) {
        Complaint x = cs.get(i);
        if (dated(d, x.text(), x.evidence(), visits, "complaints[" + i + "]", warnings, c, x)) {
          visitEvidence(d, visits, c.get(c.size() - 1), visitEvidence);
        }
      }
      findings.add(f);
      complaints.add(c);
    }
    List<Attested<ExamFinding>> fa = SoftMatchCaseMerger.attested(Clusterer.cluster(findings, agreement::findings));
    List<Attested<Complaint>> ca = SoftMatchCaseMerger.attested(Clusterer.cluster(complaints, agreement::complaints));
    List<String> dates = new ArrayList<>();
    fa.forEach(a -> dates.add(a.date()));
    ca.forEach(a -> dates.add(a.date()));
    List<String> order = dates.stream().distinct()
        .sorted(Comparator.nullsLast(Comparator.reverseOrder())).toList();
    List<Examination> out = new ArrayList<>();
    for (String date : order) {
      out.add(new Examination(date, date == null ? List.of() : visitEvidence.getOrDefault(date, List.of()),
          ca.stream().filter(a -> Objects.equals(a.date(), date)).toList(),
          fa.stream().filter(a -> Objects.equals(a.date(), date)).toList()));
    }
    return out;
  }

  private static <T> boolean dated(CaseDocument d, String text, Evidence e, List<TimelineEvent> visits,
      String path, List<DraftWarning> warnings, List<Clusterer.Item<T>> into, T value) {
    if (text == null || text.isBlank()) {
      return false;
    }
    if (!d.holds(e)) {
      warnings.add(DraftWarning.noEvidence(d, path));
      return false;
    }
    into.add(new Clusterer.Item<>(value, text, FactEvidence.of(d, e), visitDate(visits, e)));
    return true;
  }

  /**
   * The date of the visit a finding was recorded at: the last visit of its document stated
   * before it (or in the same stretch), else the document's only visit date, else null.
   */
  static String visitDate(List<TimelineEvent> visits, Evidence e) {
    String date = null;
    for (TimelineEvent v : visits) {
      if (v.evidence().start() <= e.end()) {
        date = v.date();
      }
    }
    if (date == null && visits.stream().map(TimelineEvent::date).distinct().count() == 1) {
      date = visits.get(0).date();
    }
    return date;
  }

  private static <T> void visitEvidence(CaseDocument d, List<TimelineEvent> visits,
      Clusterer.Item<T> item, Map<String, List<FactEvidence>> into) {
    if (item.date() == null) {
      return;
    }
    for (TimelineEvent v : visits) {
      if (v.date().equals(item.date())) {
        FactEvidence fe = FactEvidence.of(d, v.evidence());
        List<FactEvidence> list = into.computeIfAbsent(item.date(), k -> new ArrayList<>());
        if (!list.contains(fe)) {
          list.add(fe);
        }
        return;
      }
    }
  }
}
