package org.imrx.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.model.Case;
import org.imrx.model.Diagnosis;
import org.imrx.model.DocumentType;
import org.imrx.model.Evidence;
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
  private final ExaminationGrouper examinations;
  private final RequestMerger requests;

  public SoftMatchCaseMerger(BodyPartLexicon bodyParts) {
    this.agreement = new Agreement(bodyParts);
    this.examinations = new ExaminationGrouper(agreement);
    this.requests = new RequestMerger(agreement);
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
            warnings.add(DraftWarning.noEvidence(d, "timeline (injury " + t.date() + ")"));
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
        warnings.add(DraftWarning.noEvidence(d, "mechanismOfInjury"));
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

    List<Examination> exams = examinations.group(docs, warnings);
    RequestMerger.Requests requests = this.requests.merge(docs, warnings);
    return new MergedCase(file.documents(), info, ages, sexes, injuries, mechanisms, diagnoses,
        treatments, exams, imaging, requests.undecided(), requests.decisions(), warnings);
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
      warnings.add(DraftWarning.noEvidence(d, path));
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

  static <T> List<List<Clusterer.Item<T>>> perDocument(List<CaseDocument> docs,
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
          warnings.add(DraftWarning.noEvidence(d, path + "[" + i + "]"));
          continue;
        }
        out.add(new Clusterer.Item<>(v, t, FactEvidence.of(d, evidence.apply(v)), null));
      }
      return out;
    });
  }

  static <T> List<Attested<T>> attested(List<Clusterer.Cluster<T>> clusters) {
    return clusters.stream().map(Clusterer.Cluster::attested).toList();
  }

}
