package org.imrx.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One document read as a structured case; its JSON form is the output contract of
 * {@code imrx extract} (see {@code src/main/resources/case.schema.json}).
 *
 * <p>Scalars sit at their paths; their evidence sits in {@link #evidence()} keyed by path
 * ({@code "dates.injury"}, {@code "reviewer.licensure[1]"}, {@code "disputedItems[0].decision"}).
 * Every object in a list carries its own {@code evidence}. Offsets are into {@link #content()},
 * which is serialised only when the user asks for the text. Immutable and thread-safe.
 */
public record Case(
    Source source,
    DocumentType documentType,
    String caseNumber,
    Dates dates,
    String priority,
    Patient patient,
    Reviewer reviewer,
    Outcome outcome,
    List<DisputedItem> disputedItems,
    List<Diagnosis> diagnoses,
    List<Treatment> treatments,
    List<Treatment> requests,
    List<ExamFinding> examFindings,
    List<Complaint> complaints,
    List<ImagingStudy> priorImaging,
    String mechanismOfInjury,
    UtilizationReview utilizationReview,
    List<TimelineEvent> timeline,
    SortedMap<String, Evidence> evidence,
    List<Warning> warnings,
    @JsonInclude(JsonInclude.Include.NON_NULL) String content) {

  public Case {
    disputedItems = List.copyOf(disputedItems);
    diagnoses = List.copyOf(diagnoses);
    treatments = List.copyOf(treatments);
    requests = List.copyOf(requests);
    examFindings = List.copyOf(examFindings);
    complaints = List.copyOf(complaints);
    priorImaging = List.copyOf(priorImaging);
    timeline = List.copyOf(timeline);
    evidence = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(evidence));
    warnings = List.copyOf(warnings);
  }

  /** The same case without its text, as written when the user did not ask for it. */
  public Case withoutContent() {
    return withContent(null);
  }

  public Case withContent(String text) {
    return new Case(source, documentType, caseNumber, dates, priority, patient, reviewer, outcome,
        disputedItems, diagnoses, treatments, requests, examFindings, complaints, priorImaging,
        mechanismOfInjury, utilizationReview, timeline, evidence, warnings, text);
  }

  public Case withDisputedItems(List<DisputedItem> items) {
    return new Case(source, documentType, caseNumber, dates, priority, patient, reviewer, outcome,
        items, diagnoses, treatments, requests, examFindings, complaints, priorImaging,
        mechanismOfInjury, utilizationReview, timeline, evidence, warnings, content);
  }

  /** The id a case has in an index: its case number, or its source's SHA-256 where it has none. */
  public String id() {
    return caseNumber != null ? caseNumber : source.sha256();
  }

  /** Evidence of a scalar by its path, or null. */
  public Evidence evidenceOf(String path) {
    return evidence.get(path);
  }
}
