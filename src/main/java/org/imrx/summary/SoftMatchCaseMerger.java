package org.imrx.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.model.Case;
import org.imrx.model.Complaint;
import org.imrx.model.Diagnosis;
import org.imrx.model.DocumentType;
import org.imrx.model.Evidence;
import org.imrx.model.ExamFinding;
import org.imrx.model.ImagingStudy;
import org.imrx.model.TimelineEvent;
import org.imrx.model.Treatment;
import org.imrx.model.Warning;

/**
 * Merges a case file by the reference scorer's soft match: documents are taken newest first (by
 * the newest date each states); a fact several documents state is kept once, with every place
 * it is stated, where its attributes agree (see {@link Agreement}); scalar values (age, sex,
 * injury date) are kept distinct, so that disagreeing documents show as conflicts. Findings and
 * complaints are dated by the last visit of their document's timeline that precedes them and
 * grouped into examinations, newest first. A value whose evidence is missing or outside its
 * document's text is left out with a warning. Immutable and thread-safe.
 */
public final class SoftMatchCaseMerger implements CaseMerger {
  private final Agreement agreement;
  private final UrReader ur = new UrReader();

  public SoftMatchCaseMerger(BodyPartLexicon bodyParts) {
    this.agreement = new Agreement(bodyParts);
  }

  @Override
  public MergedCase merge(CaseFile file) {
    List<DraftWarning> warnings = new ArrayList<>(file.failures());
    for (CaseDocument d : file.documents()) {
      for (Warning w : d.value().warnings()) {
        warnings.add(new DraftWarning(d.value().source().path(), w.type(), w.message()));
      }
    }
    List<CaseDocument> docs = newestFirst(file.documents());
    List<DraftDocument> info = file.documents().stream().map(SoftMatchCaseMerger::info).toList();

    List<Attested<Integer>> ages = new ArrayList<>();
    List<Attested<String>> sexes = new ArrayList<>();
    List<Attested<String>> injuries = new ArrayList<>();
    List<String> headerInjuries = new ArrayList<>();
    List<String> fieldInjuries = new ArrayList<>();
    for (CaseDocument d : docs) {
      Case c = d.value();
      scalar(d, c.patient().age(), "patient.age", ages, Objects::equals, warnings);
      scalar(d, c.patient().sex(), "patient.sex", sexes, Objects::equals, warnings);
      scalar(d, c.dates().injury(), "dates.injury", injuries, LetterDateStyle::compatible, warnings);
      if (c.dates().injury() != null) {
        fieldInjuries.add(c.dates().injury());
        if (c.documentType() == DocumentType.IMR_DETERMINATION) {
          headerInjuries.add(c.dates().injury());
        }
      }
      for (TimelineEvent t : c.timeline()) {
        if ("injury".equals(t.event()) && t.date() != null) {
          if (d.holds(t.evidence())) {
            add(injuries, t.date(), FactEvidence.of(d, t.evidence()), LetterDateStyle::compatible);
          } else {
            warnings.add(UrReader.noEvidence(d, "timeline (injury " + t.date() + ")"));
          }
        }
      }
    }
    injuries = leadWithHeader(injuries, headerInjuries, fieldInjuries);
    sexes = byAttestation(sexes);

    List<Attested<String>> mechanisms = attested(Clusterer.cluster(perDocument(docs, d -> {
      String m = d.value().mechanismOfInjury();
      Evidence e = d.value().evidenceOf("mechanismOfInjury");
      if (m == null || m.isBlank()) {
        return List.of();
      }
      if (!d.holds(e)) {
        warnings.add(UrReader.noEvidence(d, "mechanismOfInjury"));
        return List.of();
      }
      return List.of(new Clusterer.Item<>(m, m, FactEvidence.of(d, e), null));
    }), (a, b) -> true));

    List<Attested<Diagnosis>> diagnoses = attested(Clusterer.cluster(
        items(docs, c -> c.diagnoses(), Diagnosis::text, Diagnosis::evidence, "diagnoses", warnings),
        agreement::diagnoses));
    List<Attested<Treatment>> treatments = attested(Clusterer.cluster(
        items(docs, c -> c.treatments(), Treatment::text, Treatment::evidence, "treatments", warnings),
        agreement::treatments));
    List<Attested<ImagingStudy>> imaging = attested(Clusterer.cluster(
        items(docs, c -> c.priorImaging(), ImagingStudy::text, ImagingStudy::evidence, "priorImaging",
            warnings), agreement::imaging));
    imaging = imaging.stream().sorted(Comparator.comparing(
        (Attested<ImagingStudy> a) -> a.value().date(), Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();

    List<Examination> exams = examinations(docs, warnings);
    Requests requests = requests(docs, warnings);
    return new MergedCase(file.documents(), info, ages, sexes, injuries, mechanisms, diagnoses,
        treatments, exams, imaging, requests.undecided, requests.decisions, warnings);
  }

  // ---- documents ----

  private static DraftDocument info(CaseDocument d) {
    Case c = d.value();
    return new DraftDocument(d.id(), c.source().path(), c.source().sha256(),
        c.documentType() == null ? null : c.documentType().label(), c.caseNumber(), newestDate(c));
  }

  /** The newest full or partial date a document states (timeline, decision, UR), or null. */
  static String newestDate(Case c) {
    String best = null;
    List<String> dates = new ArrayList<>();
    c.timeline().forEach(t -> dates.add(t.date()));
    dates.add(c.dates().decision());
    dates.add(c.dates().urDenial());
    if (c.utilizationReview() != null) {
      dates.add(c.utilizationReview().date());
    }
    for (String d : dates) {
      if (d != null && (best == null || d.compareTo(best) > 0)) {
        best = d;
      }
    }
    return best;
  }

  private static List<CaseDocument> newestFirst(List<CaseDocument> docs) {
    List<CaseDocument> out = new ArrayList<>(docs);
    out.sort(Comparator.comparing((CaseDocument d) -> newestDate(d.value()),
        Comparator.nullsLast(Comparator.reverseOrder())));
    return out;
  }

  // ---- scalars ----

  private static <T> void scalar(CaseDocument d, T value, String path, List<Attested<T>> into,
      BiPredicate<T, T> same, List<DraftWarning> warnings) {
    if (value == null) {
      return;
    }
    Evidence e = d.value().evidenceOf(path);
    if (!d.holds(e)) {
      warnings.add(UrReader.noEvidence(d, path));
      return;
    }
    add(into, value, FactEvidence.of(d, e), same);
  }

  private static <T> void add(List<Attested<T>> into, T value, FactEvidence e, BiPredicate<T, T> same) {
    for (int i = 0; i < into.size(); i++) {
      Attested<T> a = into.get(i);
      if (same.test(a.value(), value)) {
        // A full date says more than a partial one it falls in.
        T keep = value.toString().length() > a.value().toString().length() ? value : a.value();
        into.set(i, new Attested<>(keep, null, a.evidence()).plus(List.of(e)));
        return;
      }
    }
    into.add(Attested.of(value, e));
  }

  /**
   * A determination's header date first (the annotation guideline's convention), else the date
   * most documents give, a document's date-of-injury field before a date only its narrative gives.
   */
  private static List<Attested<String>> leadWithHeader(List<Attested<String>> all,
      List<String> header, List<String> fields) {
    List<Attested<String>> out = new ArrayList<>(all);
    out.sort(Comparator.comparingLong((Attested<String> a) -> -a.documents())
        .thenComparing(a -> fields.stream().noneMatch(f -> LetterDateStyle.compatible(f, a.value()))));
    for (String h : header) {
      for (int i = 0; i < out.size(); i++) {
        if (LetterDateStyle.compatible(out.get(i).value(), h)) {
          out.add(0, out.remove(i));
          return out;
        }
      }
    }
    return out;
  }

  /** Most documents first; ties keep their order (newest document first). */
  private static <T> List<Attested<T>> byAttestation(List<Attested<T>> all) {
    List<Attested<T>> out = new ArrayList<>(all);
    out.sort(Comparator.comparingLong((Attested<T> a) -> -a.documents()));
    return out;
  }

  // ---- lists ----

  private static <T> List<List<Clusterer.Item<T>>> perDocument(List<CaseDocument> docs,
      Function<CaseDocument, List<Clusterer.Item<T>>> f) {
    return docs.stream().map(f).toList();
  }

  private static <T> List<List<Clusterer.Item<T>>> items(List<CaseDocument> docs,
      Function<Case, List<T>> list, Function<T, String> text, Function<T, Evidence> evidence,
      String path, List<DraftWarning> warnings) {
    return perDocument(docs, d -> {
      List<Clusterer.Item<T>> out = new ArrayList<>();
      List<T> values = list.apply(d.value());
      for (int i = 0; i < values.size(); i++) {
        T v = values.get(i);
        String t = text.apply(v);
        if (t == null || t.isBlank()) {
          continue;
        }
        if (!d.holds(evidence.apply(v))) {
          warnings.add(UrReader.noEvidence(d, path + "[" + i + "]"));
          continue;
        }
        out.add(new Clusterer.Item<>(v, t, FactEvidence.of(d, evidence.apply(v)), null));
      }
      return out;
    });
  }

  private static <T> List<Attested<T>> attested(List<Clusterer.Cluster<T>> clusters) {
    return clusters.stream().map(Clusterer.Cluster::attested).toList();
  }

  // ---- examinations ----

  private List<Examination> examinations(List<CaseDocument> docs, List<DraftWarning> warnings) {
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
    List<Attested<ExamFinding>> fa = attested(Clusterer.cluster(findings, agreement::findings));
    List<Attested<Complaint>> ca = attested(Clusterer.cluster(complaints, agreement::complaints));
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
      warnings.add(UrReader.noEvidence(d, path));
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

  // ---- requests and utilization review ----

  private record Requests(List<Attested<Treatment>> undecided, List<UrDecision> decisions) {}

  private Requests requests(List<CaseDocument> docs, List<DraftWarning> warnings) {
    record Decision(String date, String outcome, List<FactEvidence> dateEv, List<FactEvidence> outcomeEv) {}
    List<Decision> decisions = new ArrayList<>();
    List<List<Clusterer.Item<Treatment>>> perDoc = new ArrayList<>();
    Map<Clusterer.Item<Treatment>, Integer> decidedBy = new java.util.IdentityHashMap<>();
    for (CaseDocument d : docs) {
      UrReader.DocRequests r = ur.read(d);
      warnings.addAll(r.warnings());
      List<Clusterer.Item<Treatment>> items = new ArrayList<>(r.undecided());
      for (UrReader.DocDecision dd : r.decisions()) {
        int k = -1;
        for (int i = 0; i < decisions.size(); i++) {
          Decision x = decisions.get(i);
          if (Objects.equals(x.outcome(), dd.outcome()) && (x.date() == null ? dd.date() == null
              : dd.date() != null && LetterDateStyle.compatible(x.date(), dd.date()))) {
            k = i;
          }
        }
        if (k < 0) {
          decisions.add(new Decision(dd.date(), dd.outcome(), new ArrayList<>(), new ArrayList<>()));
          k = decisions.size() - 1;
        }
        addOnce(decisions.get(k).dateEv(), dd.dateEvidence());
        addOnce(decisions.get(k).outcomeEv(), dd.outcomeEvidence());
        for (Clusterer.Item<Treatment> it : dd.requests()) {
          items.add(it);
          decidedBy.put(it, k);
        }
      }
      perDoc.add(items);
    }
    List<Clusterer.Cluster<Treatment>> clusters = Clusterer.cluster(perDoc, agreement::treatments);
    List<List<Attested<Treatment>>> byDecision = new ArrayList<>();
    decisions.forEach(x -> byDecision.add(new ArrayList<>()));
    List<Attested<Treatment>> undecided = new ArrayList<>();
    for (Clusterer.Cluster<Treatment> c : clusters) {
      Integer k = c.items.stream().map(decidedBy::get).filter(Objects::nonNull).findFirst().orElse(null);
      (k == null ? undecided : byDecision.get(k)).add(c.attested());
    }
    List<UrDecision> out = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision x = decisions.get(i);
      out.add(new UrDecision(x.date(), x.outcome(), x.dateEv(), x.outcomeEv(), byDecision.get(i)));
    }
    out.sort(Comparator.comparing(UrDecision::date, Comparator.nullsLast(Comparator.reverseOrder())));
    return new Requests(undecided, out);
  }

  private static void addOnce(List<FactEvidence> list, FactEvidence e) {
    if (e != null && !list.contains(e)) {
      list.add(e);
    }
  }
}
