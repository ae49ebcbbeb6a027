package org.imrx.serve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imrx.serve.PrecedentSearch;
import org.imrx.serve.PrecedentSearch.Facet;
import org.imrx.serve.PrecedentSearch.FacetValue;
import org.imrx.serve.PrecedentSearch.Filter;
import org.imrx.serve.PrecedentSearch.Hit;
import org.imrx.serve.PrecedentSearch.Query;
import org.imrx.serve.PrecedentSearch.Results;
import org.imrx.serve.PrecedentSearch.Snippet;
import org.imrx.serve.SearchParams;

/**
 * The search page: the query box, facets that add or remove a filter when clicked, the active
 * filters, outcome statistics and charts for the result set, the results with their items and
 * highlighted snippets, and paging. Everything the page shows is in its URL ({@code q}, {@code f},
 * {@code page}), so a search can be bookmarked. Stateless.
 */
public final class SearchPage {
  static final Map<String, String> FACET_LABELS = Map.of(
      "decision", "Decision", "category", "Request category", "subcategory", "Subcategory",
      "bodypart", "Body part", "guideline", "Guideline", "chapter", "Guideline chapter",
      "specialty", "Reviewer specialty", "year", "Year", "outcome", "Case outcome");

  public String render(Query q, Results r, long indexed) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Search prior determinations</h1>\n");
    b.append("<form class=\"search\" role=\"search\" method=\"get\" action=\"/\">")
        .append("<label for=\"q\">Words, \"phrases\", AND / OR / NOT, field:value</label>")
        .append("<div class=\"row\"><input id=\"q\" name=\"q\" type=\"search\" value=\"").append(Html.esc(q.text()))
        .append("\" placeholder=\"e.g. repeat MRI cervical spine\" autocomplete=\"off\">");
    for (Filter f : q.filters()) {
      b.append("<input type=\"hidden\" name=\"f\" value=\"").append(Html.esc(SearchParams.format(f))).append("\">");
    }
    b.append("<button type=\"submit\">Search</button></div></form>\n");
    if (!q.filters().isEmpty()) {
      b.append("<p class=\"filters\" aria-label=\"Active filters\">Filtered by: ");
      for (Filter f : q.filters()) {
        b.append("<a class=\"chip\" href=\"").append(Html.esc(url(q.text(), without(q.filters(), f), 1)))
            .append("\" aria-label=\"Remove filter ").append(Html.esc(FACET_LABELS.get(f.field()) + ": " + f.value()))
            .append("\">").append(Html.esc(FACET_LABELS.get(f.field()))).append(": ")
            .append(Html.esc(display(f.field(), f.value()))).append(" <span aria-hidden=\"true\">×</span></a> ");
      }
      b.append("<a href=\"").append(Html.esc(url(q.text(), List.of(), 1))).append("\">Clear all</a></p>\n");
    }
    b.append("<div class=\"search-grid\">\n<aside class=\"facets\" aria-label=\"Filters\">\n");
    r.facets().stream().sorted(java.util.Comparator.comparingInt(f -> order(f.field()))).forEach(f -> facet(b, q, f));
    b.append("</aside>\n<section class=\"results\" aria-labelledby=\"results-h\">\n");
    b.append("<h2 id=\"results-h\" aria-live=\"polite\">").append(r.items()).append(r.items() == 1 ? " item" : " items")
        .append(" in ").append(r.cases()).append(r.cases() == 1 ? " case" : " cases")
        .append(" <small>of ").append(indexed).append(" indexed</small></h2>\n");
    stats(b, r.stats());
    if (r.hits().isEmpty()) {
      b.append("<p>No determinations match. Try fewer words or remove a filter.</p>\n");
    }
    b.append("<ol class=\"hits\" start=\"").append((q.page() - 1) * q.pageSize() + 1).append("\">\n");
    for (Hit h : r.hits()) {
      hit(b, h);
    }
    b.append("</ol>\n");
    paging(b, q, r);
    b.append("</section>\n</div>\n");
    return Pages.page(q.text().isEmpty() ? "Search" : "Search: " + q.text(), "Search", b.toString());
  }

  private static void facet(StringBuilder b, Query q, Facet f) {
    if (f.values().isEmpty()) {
      return;
    }
    String label = FACET_LABELS.getOrDefault(f.field(), f.field());
    b.append("<section class=\"facet\" aria-labelledby=\"facet-").append(Html.esc(f.field())).append("\">")
        .append("<h3 id=\"facet-").append(Html.esc(f.field())).append("\">").append(Html.esc(label))
        .append(" <small>(").append(Html.esc(f.counts())).append(")</small></h3><ul>");
    for (FacetValue v : f.values()) {
      Filter filter = new Filter(f.field(), v.value());
      boolean on = q.filters().contains(filter);
      List<Filter> next = on ? without(q.filters(), filter) : with(q.filters(), filter);
      b.append("<li><a href=\"").append(Html.esc(url(q.text(), next, 1))).append("\"")
          .append(on ? " aria-current=\"true\" class=\"on\"" : "").append(" data-facet=\"")
          .append(Html.esc(f.field())).append("\">").append(on ? "<span aria-hidden=\"true\">✓ </span>" : "")
          .append(Html.esc(display(f.field(), v.value()))).append(" <span class=\"count\">")
          .append(v.count()).append("</span></a></li>");
    }
    b.append("</ul></section>\n");
  }

  private static void stats(StringBuilder b, PrecedentSearch.Stats s) {
    long total = s.upheld() + s.overturned();
    if (total == 0) {
      return;
    }
    b.append("<div class=\"stats\"><p><strong>").append(s.upheld()).append("</strong> upheld (")
        .append(Charts.percent(s.upheld(), total)).append("), <strong>").append(s.overturned())
        .append("</strong> overturned (").append(Charts.percent(s.overturned(), total))
        .append(") of the items found.</p>");
    b.append("<details class=\"charts\" open><summary>Outcomes by category, guideline and year</summary>")
        .append("<div class=\"chart-row\">")
        .append(Charts.outcomes("chart-category", "Outcomes by request category", s.byCategory()))
        .append(Charts.outcomes("chart-guideline", "Outcomes by guideline", s.byGuideline()))
        .append(Charts.outcomes("chart-year", "Outcomes by year", s.byYear()))
        .append("</div></details></div>\n");
  }

  private static void hit(StringBuilder b, Hit h) {
    b.append("<li class=\"hit\"><article><h3><a href=\"/case/").append(Html.esc(Html.url(h.caseId()))).append("\">")
        .append(Html.esc(h.caseNumber() == null ? "Case " + h.caseId().substring(0, Math.min(12, h.caseId().length()))
            : h.caseNumber())).append("</a>");
    if (h.outcome() != null) {
      b.append(" <span class=\"badge ").append(Html.esc(h.outcome().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
          .append("\">").append(Html.esc(CaseView.label(h.outcome()))).append("</span>");
    }
    b.append("</h3>");
    if (h.decisionDate() != null) {
      b.append("<p class=\"meta\">Decided ").append(Html.esc(h.decisionDate())).append("</p>");
    }
    b.append("<ul class=\"items\">");
    for (PrecedentSearch.Item it : h.items()) {
      b.append("<li>").append(Html.esc(it.text()));
      if (it.decision() != null) {
        b.append(" <span class=\"badge ").append(Html.esc(it.decision().toLowerCase(java.util.Locale.ROOT)))
            .append("\">").append(Html.esc(CaseView.label(it.decision()))).append("</span>");
      }
      String cat = CaseView.join(it.category(), it.subcategory(), it.guideline());
      if (!cat.isEmpty()) {
        b.append("<span class=\"sub\"> ").append(Html.esc(cat)).append("</span>");
      }
      b.append("</li>");
    }
    b.append("</ul>");
    for (Snippet s : h.snippets()) {
      b.append("<p class=\"snippet\"><span class=\"field\">").append(Html.esc(s.field())).append(":</span> ")
          .append(highlighted(s)).append("</p>");
    }
    b.append("</article></li>\n");
  }

  /** A snippet with its highlighted ranges in {@code <mark>}; everything escaped. */
  static String highlighted(Snippet s) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    String t = s.text();
    for (PrecedentSearch.Range r : s.highlights()) {
      int start = Math.max(at, Math.min(r.start(), t.length()));
      int end = Math.max(start, Math.min(r.end(), t.length()));
      out.append(Html.esc(t.substring(at, start))).append("<mark>").append(Html.esc(t.substring(start, end)))
          .append("</mark>");
      at = end;
    }
    return out.append(Html.esc(t.substring(at))).toString();
  }

  private static void paging(StringBuilder b, Query q, Results r) {
    long pages = Math.max(1, (r.cases() + q.pageSize() - 1) / q.pageSize());
    if (pages <= 1) {
      return;
    }
    b.append("<nav class=\"paging\" aria-label=\"Result pages\"><ul>");
    if (q.page() > 1) {
      b.append("<li><a rel=\"prev\" href=\"").append(Html.esc(url(q, q.page() - 1))).append("\">Previous</a></li>");
    }
    long from = Math.max(1, q.page() - 3);
    long to = Math.min(pages, q.page() + 3);
    for (long p = from; p <= to; p++) {
      if (p == q.page()) {
        b.append("<li><span aria-current=\"page\">").append(p).append("</span></li>");
      } else {
        b.append("<li><a href=\"").append(Html.esc(url(q, (int) p))).append("\">").append(p).append("</a></li>");
      }
    }
    if (q.page() < pages) {
      b.append("<li><a rel=\"next\" href=\"").append(Html.esc(url(q, q.page() + 1))).append("\">Next</a></li>");
    }
    b.append("</ul><p>Page ").append(q.page()).append(" of ").append(pages).append("</p></nav>\n");
  }

  private static String url(Query q, int page) {
    return url(q.text(), q.filters(), page) + (q.pageSize() == SearchParams.DEFAULT_SIZE ? "" : "&size=" + q.pageSize());
  }

  /** The URL of a search: {@code /?q=...&f=...&page=...}. */
  static String url(String text, List<Filter> filters, int page) {
    StringBuilder u = new StringBuilder("/?q=").append(Html.url(text));
    for (Filter f : filters) {
      u.append("&f=").append(Html.url(SearchParams.format(f)));
    }
    if (page > 1) {
      u.append("&page=").append(page);
    }
    return u.toString();
  }

  private static List<Filter> with(List<Filter> filters, Filter f) {
    List<Filter> out = new ArrayList<>(filters);
    out.add(f);
    return out;
  }

  private static List<Filter> without(List<Filter> filters, Filter f) {
    List<Filter> out = new ArrayList<>(filters);
    out.remove(f);
    return out;
  }

  private static int order(String field) {
    int i = PrecedentSearch.FACETS.indexOf(field);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static String display(String field, String value) {
    return "outcome".equals(field) || "decision".equals(field) ? CaseView.label(value) : value;
  }
}
