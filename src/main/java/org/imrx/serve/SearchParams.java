package org.imrx.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * The search of a request's query string, shared by the page and the API: {@code q}, repeated
 * {@code f=FIELD:VALUE} filters on facet fields, {@code page} (from 1) and {@code size}.
 */
public final class SearchParams {
  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  private static final int MAX_QUERY = 1000;
  private static final int MAX_FILTERS = 20;

  private SearchParams() {}

  public static PrecedentSearch.Query of(Exchange ex) {
    String q = ex.query("q");
    if (q != null && q.length() > MAX_QUERY) {
      throw HttpError.badRequest("the query is longer than " + MAX_QUERY + " characters");
    }
    List<String> raw = ex.queryAll("f");
    if (raw.size() > MAX_FILTERS) {
      throw HttpError.badRequest("more than " + MAX_FILTERS + " filters");
    }
    List<PrecedentSearch.Filter> filters = new ArrayList<>();
    for (String f : raw) {
      filters.add(filter(f));
    }
    int page = ex.queryInt("page", 1, 1, 10_000);
    int size = ex.queryInt("size", DEFAULT_SIZE, 1, MAX_SIZE);
    return new PrecedentSearch.Query(q, filters, page, size);
  }

  /** {@code FIELD:VALUE} with a facet field. */
  public static PrecedentSearch.Filter filter(String s) {
    int colon = s.indexOf(':');
    if (colon <= 0 || colon == s.length() - 1) {
      throw HttpError.badRequest("a filter is FIELD:VALUE, with FIELD one of " + PrecedentSearch.FACETS);
    }
    String field = s.substring(0, colon);
    if (!PrecedentSearch.FACETS.contains(field)) {
      throw HttpError.badRequest("no facet field '" + field.replaceAll("[^A-Za-z]", "") + "'; filter on one of "
          + PrecedentSearch.FACETS);
    }
    return new PrecedentSearch.Filter(field, s.substring(colon + 1));
  }

  /** The filter as a query value. */
  public static String format(PrecedentSearch.Filter f) {
    return f.field() + ":" + f.value();
  }
}
