package org.imrx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queryparser.classic.ParseException;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Case;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecedentSearcherTest {
  @TempDir static Path dir;
  static OpenIndex index;
  static PrecedentSearcher searcher;

  @BeforeAll
  static void build() throws Exception {
    IndexSetup setup = IndexSetup.load(Lexicons.load(null));
    try (CaseIndexer ix = CaseIndexer.open(dir, setup, 2, 16)) {
      for (Case c : IndexFixtures.five()) {
        ix.put(c, c.source().path());
      }
    }
    index = OpenIndex.open(dir, setup);
    searcher = new PrecedentSearcher(index, "[", "]");
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static SearchResponse search(String q, boolean facets, String... filters) throws Exception {
    return searcher.search(new SearchRequest(q, List.of(filters).stream().map(FacetFilter::parse).toList(),
        facets, 10, 2));
  }

  static Map<String, Long> facet(SearchResponse r, String dim) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (SearchResponse.FacetCounts f : r.facets()) {
      if (f.dim().equals(dim)) {
        f.values().forEach(v -> out.put(v.label(), v.count()));
      }
    }
    return out;
  }

  static String counted(SearchResponse r, String dim) {
    return r.facets().stream().filter(f -> f.dim().equals(dim)).findFirst().orElseThrow().counted();
  }

  @Test
  void synonymsFindItemsAndTheirCases() throws Exception {
    SearchResponse r = search("MRI", false);
    assertEquals(3, r.items());
    assertEquals(3, r.cases());
    for (SearchResponse.ItemHit h : r.hits()) {
      assertEquals("Imaging / Radiology", h.item().subcategory());
    }
  }

  @Test
  void itemFilterKeepsSidewaysCountsOfItsOwnDimension() throws Exception {
    SearchResponse all = search("neck", true);
    assertEquals(3, all.items());
    assertEquals(Map.of("Diagnostic Testing", 2L, "Rehabilitation", 1L), facet(all, "category"));
    SearchResponse r = search("neck", true, "category=rehabilitation");
    assertEquals(1, r.items());
    assertEquals(1, r.cases());
    assertEquals("Rehabilitation", r.filters().get(0).value());
    assertEquals(Map.of("Diagnostic Testing", 2L, "Rehabilitation", 1L), facet(r, "category"));
    assertEquals(Map.of("Overturned", 1L), facet(r, "decision"));
    assertEquals(Map.of("Orthopedic Surgery", 1L), facet(r, "specialty"));
    assertEquals("items", counted(r, "category"));
    assertEquals("cases", counted(r, "specialty"));
  }

  @Test
  void caseFilterCountsCasesSideways() throws Exception {
    SearchResponse r = search("neck", true, "year=2017");
    assertEquals(1, r.items());
    assertEquals("CM17-0000005", r.hits().get(0).source().caseNumber());
    assertEquals(Map.of("2016", 1L, "2017", 1L), facet(r, "year"));
    assertEquals(Map.of("Diagnostic Testing", 1L), facet(r, "category"));
    assertEquals(Map.of("Family Practice", 1L), facet(r, "specialty"));
  }

  @Test
  void caseFacetsCountCasesNotItems() throws Exception {
    SearchResponse r = search("decided:[2016 TO 2017]", true);
    assertEquals(8, r.items());
    assertEquals(5, r.cases());
    assertEquals(Map.of("Orthopedic Surgery", 2L, "Family Practice", 2L, "Internal Medicine", 1L), facet(r, "specialty"));
    assertEquals(Map.of("Upheld", 5L, "Overturned", 3L), facet(r, "decision"));
  }

  @Test
  void dateRangesAndBooleanSyntax() throws Exception {
    assertEquals(3, search("decided:[2017-01-01 TO 2017-03-31]", false).items());
    assertEquals(1, search("MRI AND decided:2017-01", false).items());
    assertEquals(2, search("MRI AND NOT lumbar", false).items());
    assertEquals(1, search("drugclass:opioids", false).items());
    assertEquals(2, search("specialty:\"family practice\" AND category:\"diagnostic testing\"", false).items());
    assertThrows(ParseException.class, () -> search("nosuchfield:x", false));
    assertThrows(ParseException.class, () -> search("decided:[yesterday TO 2017]", false));
  }

  @Test
  void outcomeStatisticsCoverTheWholeResultSet() throws Exception {
    SearchResponse r = searcher.search(new SearchRequest("decided:[2016 TO 2017]", List.of(), false, 1, 0));
    assertEquals(1, r.hits().size());
    OutcomeStatistics s = r.statistics();
    assertEquals(5, s.all().upheld());
    assertEquals(3, s.all().overturned());
    assertEquals(new OutcomeStatistics.Tally(2, 1), s.byCategory().get("Diagnostic Testing"));
    assertEquals(new OutcomeStatistics.Tally(5, 3), s.byGuideline().get("MTUS"));
  }

  @Test
  void highlightsTheRationaleAndTheSummary() throws Exception {
    SearchResponse r = search("opioids", false);
    assertEquals(1, r.items());
    assertTrue(r.hits().get(0).rationale().get(0).contains("[opioids]"), r.hits().get(0).rationale().toString());
    SearchResponse s = search("sciatica", false);
    assertTrue(s.hits().get(0).summary().get(0).contains("[sciatica]"), s.hits().get(0).summary().toString());
  }

  @Test
  void parallelSearchCountsTheSame() throws Exception {
    try (OpenIndex parallel = OpenIndex.open(dir, index.setup(), 2)) {
      PrecedentSearcher p = new PrecedentSearcher(parallel, "[", "]");
      for (String[] q : new String[][] {{"neck"}, {"neck", "category=rehabilitation"}, {"neck", "year=2017"},
          {"decided:[2016 TO 2017]"}}) {
        List<FacetFilter> f = java.util.Arrays.stream(q).skip(1).map(FacetFilter::parse).toList();
        SearchResponse a = searcher.search(new SearchRequest(q[0], f, true, 10, 1));
        SearchResponse b = p.search(new SearchRequest(q[0], f, true, 10, 1));
        assertEquals(a.items(), b.items());
        assertEquals(a.cases(), b.cases());
        for (String dim : List.of("decision", "category", "specialty", "year")) {
          assertEquals(facet(a, dim), facet(b, dim), q[0] + " " + dim);
        }
        assertEquals(a.statistics(), b.statistics());
      }
    }
  }

  @Test
  void unknownFilterFieldsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FacetFilter.parse("color=red"));
    assertThrows(IllegalArgumentException.class, () -> FacetFilter.parse("category"));
  }
}
