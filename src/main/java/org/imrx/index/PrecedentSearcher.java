package org.imrx.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BitSet;

/**
 * Precedent search over an open index: disputed items matching a query and filters, with their
 * case, highlighted passages of the rationale and the case summary, drill-sideways facet counts
 * (item dimensions over items, case dimensions over cases) and outcome statistics of the whole
 * result set. Thread-safe (per-query state lives in the call).
 */
public final class PrecedentSearcher {
  /** Values shown per facet dimension. */
  static final int FACET_VALUES = 15;
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private final OpenIndex index;
  private final QueryIntent intent;
  private final String[] marks;

  /** A searcher marking highlighted words with {@code pre} and {@code post}. */
  public PrecedentSearcher(OpenIndex index, String pre, String post) {
    this.index = index;
    this.intent = new QueryIntent(index.setup());
    this.marks = new String[] {pre, post};
  }

  /**
   * Runs a search. Words without a field must match an item's text or rationale; the case summary
   * lifts the items of cases that have them too. A query that matches no item so is matched against
   * the summaries as well.
   *
   * @throws ParseException when the query is not valid syntax or names an unknown field
   */
  public SearchResponse search(SearchRequest r) throws IOException, ParseException {
    var analyzer = index.setup().queryAnalyzer();
    Query parsed = ClinicalQueryParser.parse(analyzer, r.query());
    Query summary = ClinicalQueryParser.parse(analyzer, r.query(), IndexFields.SUMMARY_FIELDS);
    SearchResponse res = search(r, index.join().items(parsed, summary), or(parsed, summary));
    if (res.items() == 0) {
      // Nothing requested or reasoned about has the words: look for them in the case summaries.
      Query broad = ClinicalQueryParser.parse(analyzer, r.query(), IndexFields.BROAD_FIELDS);
      res = search(r, index.join().items(broad), broad);
    }
    return res;
  }

  /** Drill sideways over the index's facets, counting segments on the index's threads. */
  private DrillSideways drillSideways() throws IOException {
    return new DrillSideways(index.searcher(), index.setup().facets(), null, index.facetState(), index.executor());
  }

  private Facets counts(FacetsCollector hits) throws IOException {
    if (index.executor() == null) {
      return new SortedSetDocValuesFacetCounts(index.facetState(), hits);
    }
    try {
      return new ConcurrentSortedSetDocValuesFacetCounts(index.facetState(), hits, index.executor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("facet counting interrupted");
    }
  }

  private static Query or(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, BooleanClause.Occur.SHOULD).add(b, BooleanClause.Occur.SHOULD).build();
  }

  /** Searches the items {@code itemQuery} selects; {@code parsed} is what to highlight. */
  private SearchResponse search(SearchRequest r, Query itemQuery, Query parsed) throws IOException {
    IndexSearcher searcher = index.searcher();
    var config = index.setup().facets();
    Query items = intent.lift(itemQuery, r.query());
    List<FacetFilter> filters = FacetFilter.resolve(searcher.getIndexReader(), config, r.filters());
    List<FacetFilter> itemFilters = filters.stream().filter(f -> !f.onCases()).toList();
    List<FacetFilter> caseFilters = filters.stream().filter(FacetFilter::onCases).toList();
    Query caseFilter = FacetFilter.query(config, caseFilters);
    Query base = caseFilter == null ? items : new BooleanQuery.Builder()
        .add(items, BooleanClause.Occur.MUST)
        .add(index.join().itemsOf(caseFilter), BooleanClause.Occur.FILTER).build();
    int n = Math.max(1, r.limit());

    TopDocs top;
    FacetsCollector matching;
    List<SearchResponse.FacetCounts> facets = new ArrayList<>();
    boolean counting = r.facets() && index.hasFacets();
    if (counting) {
      DrillDownQuery ddq = new DrillDownQuery(config, base);
      itemFilters.forEach(f -> ddq.add(f.dim(), f.value()));
      DrillSideways.DrillSidewaysResult res = drillSideways().search(ddq, n);
      top = res.hits;
      matching = res.drillDownFacetsCollector;
      facets.addAll(counts(res.facets, IndexFields.ITEM_DIMS, "items"));
      if (caseFilters.isEmpty()) {
        // No case dimension is filtered: the cases to count are those of the matching items.
        Facets caseCounts = counts(CaseHits.of(matching, index.join()));
        facets.addAll(counts(caseCounts, IndexFields.CASE_DIMS, "cases"));
        return respond(r, parsed, top, matching, filters, facets);
      }
      Query itemFilter = FacetFilter.query(config, itemFilters);
      Query filteredItems = itemFilter == null ? items : new BooleanQuery.Builder()
          .add(items, BooleanClause.Occur.MUST).add(itemFilter, BooleanClause.Occur.FILTER).build();
      DrillDownQuery cases = new DrillDownQuery(config, index.join().cases(filteredItems, ScoreMode.None));
      caseFilters.forEach(f -> cases.add(f.dim(), f.value()));
      DrillSideways.DrillSidewaysResult caseRes = drillSideways().search(cases, 1);
      facets.addAll(counts(caseRes.facets, IndexFields.CASE_DIMS, "cases"));
    } else {
      Query itemFilter = FacetFilter.query(config, itemFilters);
      Query q = itemFilter == null ? base : new BooleanQuery.Builder()
          .add(base, BooleanClause.Occur.MUST).add(itemFilter, BooleanClause.Occur.FILTER).build();
      FacetsCollectorManager.FacetsResult res = FacetsCollectorManager.search(searcher, q, n, new FacetsCollectorManager());
      top = res.topDocs();
      matching = res.facetsCollector();
    }
    return respond(r, parsed, top, matching, filters, facets);
  }

  private SearchResponse respond(SearchRequest r, Query parsed, TopDocs top, FacetsCollector matching,
      List<FacetFilter> filters, List<SearchResponse.FacetCounts> facets) throws IOException {
    long[] totals = totals(matching);
    OutcomeStatistics stats = OutcomeStatistics.of(matching);
    List<SearchResponse.ItemHit> hits = hits(parsed, top, r);
    return new SearchResponse(r.query(), filters, totals[0], totals[1], hits, facets, stats);
  }

  private List<SearchResponse.ItemHit> hits(Query parsed, TopDocs top, SearchRequest r) throws IOException {
    List<SearchResponse.ItemHit> out = new ArrayList<>();
    int shown = Math.min(r.limit(), top.scoreDocs.length);
    if (shown == 0) {
      return out;
    }
    int[] itemDocs = new int[shown];
    int[] caseDocs = new int[shown];
    for (int i = 0; i < shown; i++) {
      itemDocs[i] = top.scoreDocs[i].doc;
      caseDocs[i] = index.join().parentOf(index.searcher(), itemDocs[i]);
    }
    String[] rationale = highlight(IndexFields.RATIONALE, parsed, itemDocs, r.passages());
    String[] summary = highlight(IndexFields.TEXT, parsed, caseDocs, r.passages());
    Map<Integer, org.imrx.model.Case> cases = new HashMap<>();
    for (int i = 0; i < shown; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      org.imrx.model.Case c = cases.get(caseDocs[i]);
      if (c == null) {
        c = index.caseAt(caseDocs[i]);
        cases.put(caseDocs[i], c);
      }
      out.add(new SearchResponse.ItemHit(sd.score, c, index.itemIndexAt(itemDocs[i]),
          passages(rationale[i]), passages(summary[i])));
    }
    return out;
  }

  private String[] highlight(String field, Query parsed, int[] docs, int passages) throws IOException {
    if (passages <= 0) {
      return new String[docs.length];
    }
    // The highlighter wants doc ids in order and gives the passages back in the same order.
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
    int[] sorted = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      sorted[i] = docs[order[i]];
    }
    UnifiedHighlighter h = UnifiedHighlighter.builder(index.searcher(), index.setup().indexAnalyzer())
        .withFormatter(new DefaultPassageFormatter(marks[0], marks[1], " … ", false))
        .withHighlightPhrasesStrictly(true)
        .build();
    Map<String, String[]> found = h.highlightFields(new String[] {field}, parsed, sorted, new int[] {passages});
    String[] sortedOut = found.get(field);
    String[] out = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      out[order[i]] = sortedOut == null ? null : sortedOut[i];
    }
    return out;
  }

  private static List<String> passages(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String p : s.split(" … ")) {
      if (!p.isBlank()) {
        out.add(WHITESPACE.matcher(p.strip()).replaceAll(" "));
      }
    }
    return out;
  }

  /** Items matched, and the distinct cases they belong to. */
  private long[] totals(FacetsCollector fc) throws IOException {
    long items = 0;
    long cases = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      if (m.bits == null) {
        continue;
      }
      LeafReaderContext leaf = m.context;
      BitSet parents = index.join().parents().getBitSet(leaf);
      int lastParent = -1;
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        items++;
        if (parents != null && doc > lastParent) {
          lastParent = parents.nextSetBit(doc);
          cases++;
        }
      }
    }
    return new long[] {items, cases};
  }

  private static List<SearchResponse.FacetCounts> counts(Facets facets, List<String> dims, String counted)
      throws IOException {
    List<SearchResponse.FacetCounts> out = new ArrayList<>();
    for (String dim : dims) {
      List<SearchResponse.LabelCount> values = new ArrayList<>();
      FacetResult fr;
      try {
        fr = facets.getTopChildren(FACET_VALUES, dim);
      } catch (IllegalArgumentException e) {
        fr = null; // a dimension no document has yet
      }
      if (fr != null) {
        for (LabelAndValue lv : fr.labelValues) {
          values.add(new SearchResponse.LabelCount(lv.label, lv.value.longValue()));
        }
      }
      out.add(new SearchResponse.FacetCounts(dim, counted, values));
    }
    return out;
  }
}
