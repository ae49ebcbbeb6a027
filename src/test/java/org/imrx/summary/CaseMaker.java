package org.imrx.summary;

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
import org.imrx.model.Patient;
import org.imrx.model.Reviewer;
import org.imrx.model.Sessions;
import org.imrx.model.Source;
import org.imrx.model.TimelineEvent;
import org.imrx.model.Treatment;
import org.imrx.model.UtilizationReview;

/**
 * Builds synthetic cases over a text the test writes, each value's evidence found by the phrase
 * it is written as (the first occurrence at or after the last phrase located, so that repeated
 * phrases can be told apart by order).
 */
final class CaseMaker {
  private final String path;
  private final String text;
  private DocumentType type = DocumentType.MEDICAL_RECORD;
  private final TreeMap<String, Evidence> evidence = new TreeMap<>();
  private Integer age;
  private String sex;
  private String injury;
  private String urDenial;
  private String mechanism;
  private UtilizationReview ur;
  private final List<Diagnosis> diagnoses = new ArrayList<>();
  private final List<Treatment> treatments = new ArrayList<>();
  private final List<Treatment> requests = new ArrayList<>();
  private final List<ExamFinding> findings = new ArrayList<>();
  private final List<Complaint> complaints = new ArrayList<>();
  private final List<ImagingStudy> imaging = new ArrayList<>();
  private final List<TimelineEvent> timeline = new ArrayList<>();
  private final List<DisputedItem> items = new ArrayList<>();
  private int from;

  CaseMaker(String path, String text) {
    this.path = path;
    this.text = text;
  }

  static CaseMaker of(String path, String text) {
    return new CaseMaker(path, text);
  }

  /** The evidence of a phrase: its next occurrence. */
  Evidence at(String phrase) {
    int i = text.indexOf(phrase, from);
    if (i < 0) {
      i = text.indexOf(phrase);
    }
    if (i < 0) {
      throw new IllegalArgumentException("phrase not in the synthetic text: " + phrase);
    }
    from = i;
    return new Evidence(i, i + phrase.length(), 1);
  }

  CaseMaker letter() {
    type = DocumentType.IMR_DETERMINATION;
    return this;
  }

  CaseMaker age(int years, String phrase) {
    age = years;
    evidence.put("patient.age", at(phrase));
    return this;
  }

  CaseMaker sex(String s, String phrase) {
    sex = s;
    evidence.put("patient.sex", at(phrase));
    return this;
  }

  CaseMaker injury(String iso, String phrase) {
    injury = iso;
    evidence.put("dates.injury", at(phrase));
    return this;
  }

  CaseMaker urDenial(String iso, String phrase) {
    urDenial = iso;
    evidence.put("dates.urDenial", at(phrase));
    return this;
  }

  CaseMaker mechanism(String phrase) {
    mechanism = phrase;
    evidence.put("mechanismOfInjury", at(phrase));
    return this;
  }

  CaseMaker event(String iso, String kind, String phrase) {
    timeline.add(new TimelineEvent(iso, kind, phrase, at(phrase)));
    return this;
  }

  CaseMaker diagnosis(String phrase) {
    diagnoses.add(new Diagnosis(phrase, null, null, null, null, at(phrase)));
    return this;
  }

  CaseMaker treatment(String phrase, String kind, Sessions sessions) {
    treatments.add(new Treatment(phrase, kind, null, null, null, null, null, null, sessions, null, null,
        at(phrase)));
    return this;
  }

  CaseMaker request(String phrase, String status) {
    requests.add(new Treatment(phrase, null, null, null, null, null, null, null, null, null, status,
        at(phrase)));
    return this;
  }

  CaseMaker finding(String phrase) {
    findings.add(new ExamFinding(phrase, null, null, null, phrase.startsWith("no "), at(phrase)));
    return this;
  }

  CaseMaker complaint(String phrase) {
    complaints.add(new Complaint(phrase, null, null, at(phrase)));
    return this;
  }

  CaseMaker imaging(String phrase, String modality, String date, String result) {
    imaging.add(new ImagingStudy(phrase, modality, null, null, date, result, false, at(phrase)));
    return this;
  }

  CaseMaker ur(String date, String outcome, String datePhrase, String outcomePhrase) {
    ur = new UtilizationReview(date, outcome);
    evidence.put("utilizationReview.date", at(datePhrase));
    evidence.put("utilizationReview.outcome", at(outcomePhrase));
    return this;
  }

  CaseMaker disputed(String phrase, boolean modified) {
    items.add(new DisputedItem(phrase, org.imrx.model.Decision.UPHELD, modified, null, null, List.of(),
        List.of(), null, at(phrase)));
    return this;
  }

  Case build() {
    String sha = Integer.toHexString(path.hashCode());
    return new Case(new Source(path, "0".repeat(64 - sha.length()) + sha, "text/plain", null), type,
        null, new Dates(null, injury, null, urDenial, null), null, new Patient(age, sex), Reviewer.NONE,
        null, items, diagnoses, treatments, requests, findings, complaints, imaging, mechanism, ur,
        timeline, evidence, List.of(), text);
  }
}
