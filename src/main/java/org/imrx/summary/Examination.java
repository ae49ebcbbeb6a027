package org.imrx.summary;

import java.util.List;

/**
 * One examination of the merged case: its date (ISO, null where undated) with the evidence of
 * the date, and the complaints and objective findings recorded at it. Immutable.
 */
public record Examination(String date, List<FactEvidence> dateEvidence,
    List<Attested<org.imrx.model.Complaint>> complaints,
    List<Attested<org.imrx.model.ExamFinding>> findings) {
  public Examination {
    dateEvidence = List.copyOf(dateEvidence);
    complaints = List.copyOf(complaints);
    findings = List.copyOf(findings);
  }
}
