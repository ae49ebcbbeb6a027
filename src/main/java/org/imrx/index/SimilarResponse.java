package org.imrx.index;

import java.util.List;
import org.imrx.model.Case;

/**
 * Prior determinations most like a new case, each with why it matched, and for each request of the
 * new case the prior items most like it with the tally of their decisions. Immutable.
 */
public record SimilarResponse(CaseProfile profile, List<SimilarCase> cases, List<RequestPrecedents> requests) {

  /** A prior case with the features it shares with the new one. */
  public record SimilarCase(float score, Case source, List<String> sharedCategories,
      List<String> sharedBodyParts, List<String> sharedDiagnoses, List<String> sharedChapters,
      List<Integer> matchingItems) {}

  /** The prior items most like one request, and how they were decided. */
  public record RequestPrecedents(CaseProfile.Request request, List<PriorItem> items, OutcomeStatistics.Tally tally) {
    /** The decision most of the prior items got ("UPHELD"/"OVERTURNED"), or null without any. */
    public String majority() {
      if (tally.total() == 0) {
        return null;
      }
      return tally.overturned() > tally.upheld() ? "OVERTURNED" : "UPHELD";
    }
  }

  /** A prior disputed item and its case. */
  public record PriorItem(float score, Case source, int itemIndex) {}
}
