package org.imrx.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.imrx.model.Case;
import org.imrx.model.Complaint;
import org.imrx.model.Dates;
import org.imrx.model.Diagnosis;
import org.imrx.model.DisputedItem;
import org.imrx.model.DocumentType;
import org.imrx.model.Evidence;
import org.imrx.model.ExamFinding;
import org.imrx.model.ImagingStudy;
import org.imrx.model.Outcome;
import org.imrx.model.Patient;
import org.imrx.model.Reviewer;
import org.imrx.model.Source;
import org.imrx.model.TimelineEvent;
import org.imrx.model.Treatment;
import org.imrx.model.UtilizationReview;
import org.imrx.model.Warning;

/**
 * Collects one document's values and the evidence of each scalar by its path, then builds the
 * immutable {@link Case}. One per document; not thread-safe.
 */
public final class CaseBuilder {
  private final AnnotatedDocument doc;
  private final TreeMap<String, Evidence> evidence = new TreeMap<>();
  private final List<Warning> warnings = new ArrayList<>();
  private String caseNumber;
  private String assigned;
  private String injury;
  private String decision;
  private String urDenial;
  private String applicationReceived;
  private String priority;
  private Integer age;
  private String sex;
  private Reviewer reviewer = Reviewer.NONE;
  private List<DisputedItem> items = List.of();
  private List<Diagnosis> diagnoses = List.of();
  private List<Treatment> treatments = List.of();
  private List<Treatment> requests = List.of();
  private List<ExamFinding> findings = List.of();
  private List<Complaint> complaints = List.of();
  private List<ImagingStudy> imaging = List.of();
  private String mechanism;
  private UtilizationReview utilizationReview;
  private List<TimelineEvent> timeline = List.of();

  public CaseBuilder(AnnotatedDocument doc) {
    this.doc = doc;
    warnings.addAll(doc.source().warnings());
  }

  /** Records the evidence of the value at a path and returns the value, or null. */
  public <T> T located(String path, Located<T> value) {
    if (value == null) {
      return null;
    }
    evidence.put(path, doc.evidence(value.span()));
    return value.value();
  }

  public void evidence(String path, org.imrx.text.Span span) {
    evidence.put(path, doc.evidence(span));
  }

  public CaseBuilder caseNumber(Located<String> v) {
    caseNumber = located("caseNumber", v);
    return this;
  }

  public CaseBuilder dates(Located<String> assigned, Located<String> injury,
      Located<String> decision, Located<String> urDenial, Located<String> applicationReceived) {
    this.assigned = located("dates.assigned", assigned);
    this.injury = located("dates.injury", injury);
    this.decision = located("dates.decision", decision);
    this.urDenial = located("dates.urDenial", urDenial);
    this.applicationReceived = located("dates.applicationReceived", applicationReceived);
    return this;
  }

  /** Sets the injury date only when none is set yet (a header's date is authoritative). */
  public CaseBuilder injuryIfAbsent(Located<String> v) {
    if (injury == null) {
      injury = located("dates.injury", v);
    }
    return this;
  }

  public String injury() {
    return injury;
  }

  public CaseBuilder priority(Located<String> v) {
    priority = located("priority", v);
    return this;
  }

  public CaseBuilder patient(Located<Integer> age, Located<String> sex) {
    this.age = located("patient.age", age);
    this.sex = located("patient.sex", sex);
    return this;
  }

  public CaseBuilder reviewer(List<Located<String>> licensure, List<Located<String>> specialties,
      List<String> board) {
    List<String> l = new ArrayList<>();
    for (int i = 0; i < licensure.size(); i++) {
      l.add(located("reviewer.licensure[" + i + "]", licensure.get(i)));
    }
    List<String> s = new ArrayList<>();
    for (int i = 0; i < specialties.size(); i++) {
      s.add(located("reviewer.specialties[" + i + "]", specialties.get(i)));
    }
    reviewer = new Reviewer(l, s, board);
    return this;
  }

  public CaseBuilder disputedItems(List<DisputedItem> v) {
    items = v;
    return this;
  }

  public CaseBuilder diagnoses(List<Diagnosis> v) {
    diagnoses = v;
    return this;
  }

  public CaseBuilder treatments(List<Treatment> v) {
    treatments = v;
    return this;
  }

  public CaseBuilder requests(List<Treatment> v) {
    requests = v;
    return this;
  }

  public CaseBuilder examFindings(List<ExamFinding> v) {
    findings = v;
    return this;
  }

  public CaseBuilder complaints(List<Complaint> v) {
    complaints = v;
    return this;
  }

  public CaseBuilder priorImaging(List<ImagingStudy> v) {
    imaging = v;
    return this;
  }

  public CaseBuilder mechanismOfInjury(Located<String> v) {
    mechanism = located("mechanismOfInjury", v);
    return this;
  }

  public CaseBuilder utilizationReview(UtilizationReview v) {
    utilizationReview = v;
    return this;
  }

  public CaseBuilder timeline(List<TimelineEvent> v) {
    timeline = v;
    return this;
  }

  public CaseBuilder warn(Warning w) {
    warnings.add(w);
    return this;
  }

  public Case build() {
    Source source = doc.source().source();
    DocumentType type = doc.type();
    Outcome outcome = Outcome.of(items.stream().map(DisputedItem::decision).toList());
    return new Case(source, type, caseNumber,
        new Dates(assigned, injury, decision, urDenial, applicationReceived), priority,
        new Patient(age, sex), reviewer, outcome, items, diagnoses, treatments, requests,
        findings, complaints, imaging, mechanism, utilizationReview, timeline, evidence, warnings,
        doc.text());
  }
}
