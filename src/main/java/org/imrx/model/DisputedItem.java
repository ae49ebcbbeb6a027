package org.imrx.model;

import java.util.List;

/**
 * One disputed item of a determination: {@code text} is everything before the final ": Upheld" /
 * ": Overturned", joined across lines; {@code modifiedByUR} is true where utilization review
 * authorized part of the original request. {@code category} and {@code subcategory} are a row of
 * the DWC request taxonomy (for drugs the subcategory is the drug class), null until assigned.
 */
public record DisputedItem(
    String text,
    Decision decision,
    boolean modifiedByUR,
    String category,
    String subcategory,
    List<Guideline> claimsAdministratorGuidelines,
    List<Guideline> reviewerGuidelines,
    String rationale,
    Evidence evidence) {

  public DisputedItem {
    claimsAdministratorGuidelines = List.copyOf(claimsAdministratorGuidelines);
    reviewerGuidelines = List.copyOf(reviewerGuidelines);
  }

  public DisputedItem withCategory(String category, String subcategory) {
    return new DisputedItem(text, decision, modifiedByUR, category, subcategory,
        claimsAdministratorGuidelines, reviewerGuidelines, rationale, evidence);
  }
}
