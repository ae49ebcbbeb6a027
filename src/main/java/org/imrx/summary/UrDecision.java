package org.imrx.summary;

import java.util.List;
import org.imrx.model.Treatment;

/**
 * A utilization review decision of the merged case: its date (ISO, null where not stated) and
 * outcome ({@code non-certified}, {@code modified}, {@code certified}, or as written) with the
 * evidence of each, and the requests it decided. Immutable.
 */
public record UrDecision(String date, String outcome, List<FactEvidence> dateEvidence,
    List<FactEvidence> outcomeEvidence, List<Attested<Treatment>> requests) {
  public UrDecision {
    dateEvidence = List.copyOf(dateEvidence);
    outcomeEvidence = List.copyOf(outcomeEvidence);
    requests = List.copyOf(requests);
  }
}
