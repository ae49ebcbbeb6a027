package org.imrx.index;

import java.util.List;
import org.imrx.model.Case;
import org.imrx.model.DisputedItem;

/**
 * What a precedent search found: how many items and cases match, the best items with their case
 * and highlighted passages, facet counts (item dimensions counted over items, case dimensions over
 * cases; each dimension with a filter counted as if its own filter were not applied) and the
 * outcome statistics of all matching items. Immutable.
 */
public record SearchResponse(String query, List<FacetFilter> filters, long items, long cases,
    List<ItemHit> hits, List<FacetCounts> facets, OutcomeStatistics statistics) {

  /** One disputed item found, with its case (stored JSON, without text). */
  public record ItemHit(float score, Case source, int itemIndex, List<String> rationale,
      List<String> summary) {
    public DisputedItem item() {
      return source.disputedItems().get(itemIndex);
    }
  }

  /** A dimension's values with their counts, and what is counted ("items" or "cases"). */
  public record FacetCounts(String dim, String counted, List<LabelCount> values) {}

  public record LabelCount(String label, long count) {}
}
