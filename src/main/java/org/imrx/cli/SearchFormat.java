package org.imrx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrx.index.FacetFilter;
import org.imrx.index.OutcomeStatistics;
import org.imrx.index.SearchResponse;
import org.imrx.model.Case;
import org.imrx.model.CaseJson;
import org.imrx.model.DisputedItem;
import org.imrx.model.Guideline;

/** Search results as text for people and as JSON for machines. Stateless. */
final class SearchFormat {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SearchFormat() {}

  static String text(SearchResponse r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d items in %d cases match \"%s\"%s%n", r.items(), r.cases(),
        r.query(), r.filters().isEmpty() ? "" : " with " + filters(r.filters())));
    int i = 0;
    for (SearchResponse.ItemHit h : r.hits()) {
      Case c = h.source();
      DisputedItem it = h.item();
      b.append(String.format(Locale.ROOT, "%n%2d. %s  decided %s  case outcome %s  (score %.2f)%n", ++i,
          c.id(), c.dates() == null || c.dates().decision() == null ? "?" : c.dates().decision(),
          c.outcome() == null ? "?" : c.outcome(), h.score()));
      b.append("    item ").append(h.itemIndex() + 1).append(": ").append(it.text()).append(" — ")
          .append(it.decision()).append('\n');
      b.append("    ").append(it.category() == null ? "(uncategorized)" : it.category() + " / " + it.subcategory());
      for (Guideline g : it.reviewerGuidelines()) {
        b.append(" · ").append(g.source()).append(g.chapter() == null ? "" : " " + g.chapter());
      }
      b.append('\n');
      for (String p : h.rationale()) {
        b.append("    rationale: … ").append(p).append(" …\n");
      }
      for (String p : h.summary()) {
        b.append("    summary:   … ").append(p).append(" …\n");
      }
    }
    OutcomeStatistics s = r.statistics();
    b.append(String.format(Locale.ROOT, "%nOutcomes of the %d matching items: %d upheld, %d overturned (%.1f%% overturned)%n",
        s.all().total(), s.all().upheld(), s.all().overturned(), 100 * s.all().overturnRate()));
    breakdown(b, "by guideline", s.byGuideline());
    breakdown(b, "by category", s.byCategory());
    if (!r.facets().isEmpty()) {
      for (String counted : List.of("items", "cases")) {
        b.append(String.format(Locale.ROOT, "%nFacets counting %s:%n", counted));
        for (SearchResponse.FacetCounts f : r.facets()) {
          if (!f.counted().equals(counted)) {
            continue;
          }
          b.append("  ").append(f.dim()).append(":");
          for (SearchResponse.LabelCount lc : f.values()) {
            b.append("  ").append(lc.label()).append(" (").append(lc.count()).append(')');
          }
          b.append('\n');
        }
      }
    }
    return b.toString();
  }

  private static void breakdown(StringBuilder b, String title, Map<String, OutcomeStatistics.Tally> m) {
    if (m.isEmpty()) {
      return;
    }
    b.append("  ").append(title).append(":\n");
    for (Map.Entry<String, OutcomeStatistics.Tally> e : OutcomeStatistics.largestFirst(m)) {
      b.append(String.format(Locale.ROOT, "    %-40s %4d upheld %4d overturned%n", e.getKey(),
          e.getValue().upheld(), e.getValue().overturned()));
    }
  }

  private static String filters(List<FacetFilter> filters) {
    return String.join(", ", filters.stream().map(f -> f.dim() + "=" + f.value()).toList());
  }

  static String json(SearchResponse r) {
    ObjectNode root = F.objectNode();
    root.put("query", r.query());
    ArrayNode fl = root.putArray("filters");
    r.filters().forEach(f -> fl.addObject().put("field", f.dim()).put("value", f.value()));
    root.putObject("total").put("items", r.items()).put("cases", r.cases());
    ArrayNode hits = root.putArray("results");
    for (SearchResponse.ItemHit h : r.hits()) {
      ObjectNode o = hits.addObject();
      o.put("score", h.score());
      o.set("case", caseNode(h.source()));
      o.put("itemIndex", h.itemIndex());
      o.set("item", itemNode(h.item()));
      ObjectNode hl = o.putObject("highlights");
      h.rationale().forEach(hl.putArray("rationale")::add);
      h.summary().forEach(hl.putArray("summary")::add);
    }
    if (!r.facets().isEmpty()) {
      ObjectNode facets = root.putObject("facets");
      for (SearchResponse.FacetCounts f : r.facets()) {
        ObjectNode dim = facets.putObject(f.dim());
        dim.put("counts", f.counted());
        ArrayNode values = dim.putArray("values");
        f.values().forEach(lc -> values.addObject().put("label", lc.label()).put("count", lc.count()));
      }
    }
    root.set("statistics", statistics(r.statistics()));
    return CaseJson.pretty(root) + System.lineSeparator();
  }

  static ObjectNode caseNode(Case c) {
    ObjectNode o = F.objectNode();
    o.put("id", c.id());
    o.put("caseNumber", c.caseNumber());
    o.set("dates", CaseJson.mapper().valueToTree(c.dates()));
    o.put("outcome", c.outcome() == null ? null : c.outcome().name());
    ArrayNode sp = o.putArray("specialties");
    if (c.reviewer() != null) {
      (c.reviewer().boardSpecialties().isEmpty() ? c.reviewer().specialties() : c.reviewer().boardSpecialties())
          .forEach(sp::add);
    }
    o.put("documentType", c.documentType() == null ? null : c.documentType().label());
    o.put("source", c.source() == null ? null : c.source().path());
    return o;
  }

  static ObjectNode itemNode(DisputedItem it) {
    ObjectNode o = F.objectNode();
    o.put("text", it.text());
    o.put("decision", it.decision() == null ? null : it.decision().name());
    o.put("category", it.category());
    o.put("subcategory", it.subcategory());
    ArrayNode gs = o.putArray("guidelines");
    for (Guideline g : it.reviewerGuidelines()) {
      gs.addObject().put("source", g.source() == null ? null : g.source().name())
          .put("chapter", g.chapter()).put("citation", g.citation());
    }
    return o;
  }

  static ObjectNode statistics(OutcomeStatistics s) {
    ObjectNode o = F.objectNode();
    o.set("all", tally(s.all()));
    ObjectNode g = o.putObject("byGuideline");
    s.byGuideline().forEach((k, v) -> g.set(k, tally(v)));
    ObjectNode c = o.putObject("byCategory");
    s.byCategory().forEach((k, v) -> c.set(k, tally(v)));
    return o;
  }

  private static ObjectNode tally(OutcomeStatistics.Tally t) {
    return F.objectNode().put("upheld", t.upheld()).put("overturned", t.overturned())
        .put("overturnRate", Math.round(t.overturnRate() * 1000) / 1000.0);
  }
}
