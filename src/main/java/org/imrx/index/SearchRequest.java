package org.imrx.index;

import java.util.List;

/**
 * A precedent search: the query in Lucene's classic syntax, facet filters, whether to count facets,
 * how many items to return and how many highlighted passages per field. Immutable.
 */
public record SearchRequest(String query, List<FacetFilter> filters, boolean facets, int limit, int passages) {
  public SearchRequest {
    filters = List.copyOf(filters);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be at least 0, not " + limit);
    }
  }
}
