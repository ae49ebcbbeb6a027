package org.imrx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.imrx.SharedData;
import org.imrx.eval.CategoryAccuracy;
import org.imrx.eval.ItemPairing;
import org.imrx.eval.LabelledItem;
import org.imrx.eval.PlainBm25;
import org.imrx.eval.SearchQuality;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.IngestLimits;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Case;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Categories, search and similar cases end to end over the shared letters, with their figures. */
@Tag("corpus")
class SearchCorpusTest {
  @TempDir static Path dir;
  static List<Case> cases = new ArrayList<>();
  static List<LabelledItem> labels;
  static OpenIndex index;
  static PlainBm25 bm25;
  static SearchQuality quality;

  @BeforeAll
  static void build() throws Exception {
    Path letters = SharedData.require("corpus/imr-letters/pdf");
    labels = LabelledItem.read(SharedData.require("corpus/imr-letters/item-categories.tsv"));
    BatchExtractor batch = new BatchExtractor(new TikaDocumentReader(IngestLimits.DEFAULT), CasePipeline.load());
    batch.run(BatchExtractor.expand(List.of(letters)), 2, r -> {
      if (r instanceof BatchResult.Extracted e) {
        cases.add(e.value());
      }
    });
    cases.sort(Comparator.comparing(Case::id));
    IndexSetup setup = IndexSetup.load(Lexicons.load(null));
    try (CaseIndexer ix = CaseIndexer.open(dir, setup, 50, 64)) {
      for (Case c : cases) {
        ix.put(c, c.source().path());
      }
    }
    index = OpenIndex.open(dir, setup);
    bm25 = new PlainBm25(cases);
    quality = new SearchQuality(cases, labels, index, bm25);
  }

  @AfterAll
  static void close() throws Exception {
    if (index != null) {
      index.close();
      bm25.close();
    }
  }

  @Test
  void categoriesMatchTheHandLabels() {
    CategoryAccuracy acc = CategoryAccuracy.of(labels.size(), new ItemPairing().pair(cases, labels));
    System.out.print(acc.report(10));
    assertTrue(acc.paired() >= 0.95 * labels.size(), "paired " + acc.paired());
    assertTrue(acc.category() >= 0.95, acc.report(10));
    assertTrue(acc.subcategory() >= 0.93, acc.report(10));
  }

  @Test
  void searchFindsItemsWithFacetsAndStatistics() throws Exception {
    PrecedentSearcher s = new PrecedentSearcher(index, "[", "]");
    SearchResponse r = s.search(new SearchRequest("MRI of the lumbar spine", List.of(), true, 10, 1));
    assertEquals(10, r.hits().size());
    SearchResponse.ItemHit top = r.hits().get(0);
    assertEquals("Imaging / Radiology", top.item().subcategory());
    assertTrue(top.item().text().toLowerCase(Locale.ROOT).contains("lumb"), top.item().text());
    assertEquals(r.items(), r.statistics().all().total());
    long counted = r.facets().stream().filter(f -> f.dim().equals("decision"))
        .flatMap(f -> f.values().stream()).mapToLong(SearchResponse.LabelCount::count).sum();
    assertEquals(r.items(), counted);
    SearchResponse filtered = s.search(new SearchRequest("MRI of the lumbar spine",
        List.of(FacetFilter.parse("decision=overturned")), true, 10, 1));
    assertTrue(filtered.items() < r.items());
    filtered.hits().forEach(h -> assertEquals("OVERTURNED", h.item().decision().name()));
  }

  @Test
  void similarCasesShareRequestCategoriesMoreOftenThanBm25() throws Exception {
    SearchQuality.SimilarFigures f = quality.similar(5);
    System.out.printf(Locale.ROOT, "similar top-5 category share: imrx %.3f, BM25 %.3f (subcategory %.3f, %.3f)%n",
        f.imrxCategory(), f.bm25Category(), f.imrxSubcategory(), f.bm25Subcategory());
    assertTrue(f.imrxCategory() >= 0.85, "imrx " + f.imrxCategory());
    assertTrue(f.imrxCategory() > f.bm25Category());
    Case c = cases.get(0);
    SimilarResponse r = new SimilarCases(index).find(CaseProfile.of(List.of(c), index.setup().categorizer(),
        index.setup().documents()), 10, 10);
    assertFalse(r.cases().isEmpty());
    r.cases().forEach(s -> assertTrue(!s.source().id().equals(c.id())));
  }

  @Test
  void rankingBeatsPlainBm25() throws Exception {
    Path res = Path.of("src/test/resources/search");
    SearchQuality.RankingFigures f = quality.ranking(SearchQuality.readQueries(res.resolve("queries.tsv")),
        SearchQuality.readJudgements(res.resolve("judgements.tsv")), 10);
    System.out.printf(Locale.ROOT, "nDCG@10 imrx %.3f BM25 %.3f; recall@10 imrx %.3f BM25 %.3f%n",
        f.imrxNdcg(), f.bm25Ndcg(), f.imrxRecall(), f.bm25Recall());
    assertTrue(f.imrxNdcg() >= 1.2 * f.bm25Ndcg(), f.toString());
  }

  @Test
  void outcomePredictionIsReported() throws Exception {
    SearchQuality.OutcomeFigures o = quality.outcomes(10);
    System.out.printf(Locale.ROOT, "outcome: %d items, base rate %.3f upheld; imrx majority bal.acc %.3f"
        + " recall OVT %.3f; BM25 %.3f %.3f%n", o.items(), o.upheldBaseRate(), o.imrxMajority().balancedAccuracy(),
        o.imrxMajority().recallOverturned(), o.bm25Majority().balancedAccuracy(), o.bm25Majority().recallOverturned());
    assertTrue(o.items() >= 300);
    assertTrue(o.upheldBaseRate() > 0.8 && o.upheldBaseRate() < 0.95);
  }
}
