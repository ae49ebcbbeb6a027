package org.imrx.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.util.QueryBuilder;
import org.imrx.lexicon.Taxonomy;
import org.imrx.model.Case;
import org.imrx.model.Decision;
import org.imrx.model.Diagnosis;
import org.imrx.model.DisputedItem;
import org.imrx.model.Guideline;

/**
 * Finds the prior determinations most like a new case. A case scores by the distinctive words its
 * clinical summary shares with the new case's text (Lucene's MoreLikeThis over the summaries), by
 * its best item for the new requests (the request's words in the item text, the same DWC category
 * and sub-category, the same body part), by shared body parts, diagnoses and ICD-10 codes, and by
 * the guideline chapters the new case's utilization review cited. The query's own cases (by id) are
 * never returned. For each request, the prior items that share its words, category or body part
 * are ranked by that and by how like the new case their case is (the {@value #NEIGHBORS} most
 * similar cases lift theirs). Thread-safe.
 */
public final class SimilarCases {
  static final int MLT_TERMS = 30;
  /** How many of the most similar cases lift the items of each request. */
  static final int NEIGHBORS = 200;
  static final float TEXT_WEIGHT = 1f;
  static final float ITEM_WEIGHT = 2f;
  static final float REQUEST_TEXT_WEIGHT = 1f;
  static final float CATEGORY_WEIGHT = 1.5f;
  static final float SUBCATEGORY_WEIGHT = 3f;
  static final float BODY_PART_WEIGHT = 1f;
  static final float DIAGNOSIS_WEIGHT = 1f;
  static final float CHAPTER_WEIGHT = 1f;

  private final OpenIndex index;
  private final QueryIntent facets;

  public SimilarCases(OpenIndex index) {
    this.index = index;
    this.facets = new QueryIntent(index.setup());
  }

  /** The {@code limit} most similar prior cases, and per request its {@code perRequest} nearest items. */
  public SimilarResponse find(CaseProfile p, int limit, int perRequest) throws IOException {
    IndexSearcher s = index.searcher();
    Query caseText = textQuery(p);
    List<SimilarResponse.SimilarCase> cases = new ArrayList<>();
    if (limit > 0 && !p.isEmpty()) {
      TopDocs top = s.search(caseQuery(p, caseText), limit);
      for (ScoreDoc sd : top.scoreDocs) {
        cases.add(explain(p, sd.score, index.caseAt(sd.doc)));
      }
    }
    List<SimilarResponse.RequestPrecedents> requests = new ArrayList<>();
    if (perRequest > 0 && !p.requests().isEmpty()) {
      Query neighbors = neighbors(p, caseText);
      for (CaseProfile.Request r : p.requests()) {
        requests.add(precedents(p, r, neighbors, perRequest));
      }
    }
    return new SimilarResponse(p, cases, requests);
  }

  /**
   * The cases most like the new one as a whole (summary words, body parts, diagnoses), as a query
   * that lifts their items by each case's score; null when there is nothing to compare. Computed
   * once per new case, so that ranking the items of each request does not score every case again.
   */
  public Query neighbors(CaseProfile p, Query caseText) throws IOException {
    Query context = caseContext(p, caseText);
    if (context == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    excludeIds(b, p);
    b.add(context, BooleanClause.Occur.MUST).add(BlockJoin.CASES, BooleanClause.Occur.FILTER);
    TopDocs top = index.searcher().search(b.build(), NEIGHBORS);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    BooleanQuery.Builder lift = new BooleanQuery.Builder();
    for (ScoreDoc sd : top.scoreDocs) {
      String id = index.searcher().storedFields().document(sd.doc, Set.of(IndexFields.ID)).get(IndexFields.ID);
      lift.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.ID, id))), sd.score),
          BooleanClause.Occur.SHOULD);
    }
    return index.join().itemsOf(lift.build());
  }

  /**
   * The prior items most like one request (the evaluation's unit): items that share words, category
   * or body part with it, lifted by how like the new case their case is ({@code neighbors}, from
   * {@link #neighbors}; may be null).
   */
  public SimilarResponse.RequestPrecedents precedents(CaseProfile p, CaseProfile.Request r, Query neighbors,
      int n) throws IOException {
    List<SimilarResponse.PriorItem> items = new ArrayList<>();
    int upheld = 0;
    int overturned = 0;
    if (n > 0) {
      // A prior item must share something with the request itself (its words, category or body
      // part); the case context only ranks those, which keeps the query cheap on a large index.
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(requestQuery(r), BooleanClause.Occur.MUST);
      if (neighbors != null) {
        b.add(neighbors, BooleanClause.Occur.SHOULD);
      }
      b.add(BlockJoin.ITEMS, BooleanClause.Occur.FILTER);
      excludeIds(b, p);
      TopDocs top = index.searcher().search(b.build(), n);
      Map<Integer, Case> seen = new HashMap<>();
      for (ScoreDoc sd : top.scoreDocs) {
        int parent = index.join().parentOf(index.searcher(), sd.doc);
        Case c = seen.containsKey(parent) ? seen.get(parent) : index.caseAt(parent);
        seen.put(parent, c);
        int idx = index.itemIndexAt(sd.doc);
        items.add(new SimilarResponse.PriorItem(sd.score, c, idx));
        Decision d = c.disputedItems().get(idx).decision();
        if (d == Decision.OVERTURNED) {
          overturned++;
        } else if (d == Decision.UPHELD) {
          upheld++;
        }
      }
    }
    return new SimilarResponse.RequestPrecedents(r, items, new OutcomeStatistics.Tally(upheld, overturned));
  }

  /** MoreLikeThis over the case summaries, from the new case's text; null without text. */
  public Query textQuery(CaseProfile p) throws IOException {
    if (p.text().isBlank()) {
      return null;
    }
    MoreLikeThis mlt = new MoreLikeThis(index.searcher().getIndexReader());
    mlt.setAnalyzer(index.setup().indexAnalyzer());
    mlt.setFieldNames(new String[] {IndexFields.TEXT});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreqPct(50);
    mlt.setMaxQueryTerms(MLT_TERMS);
    mlt.setBoost(true);
    Query q = mlt.like(IndexFields.TEXT, new StringReader(p.text()));
    return q instanceof BooleanQuery b && b.clauses().isEmpty() ? null : q;
  }

  private Query caseQuery(CaseProfile p, Query caseText) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query context = caseContext(p, caseText);
    if (!p.requests().isEmpty()) {
      // With requests, a prior case must have an item like one of them; its summary, body parts
      // and diagnoses then rank it. Without, the case as a whole is all there is to compare.
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (CaseProfile.Request r : p.requests()) {
        any.add(requestQuery(r), BooleanClause.Occur.SHOULD);
      }
      b.add(new BoostQuery(index.join().cases(new BooleanQuery.Builder()
          .add(any.build(), BooleanClause.Occur.MUST).add(BlockJoin.ITEMS, BooleanClause.Occur.FILTER).build(),
          ScoreMode.Max), ITEM_WEIGHT), BooleanClause.Occur.MUST);
      if (context != null) {
        b.add(context, BooleanClause.Occur.SHOULD);
      }
    } else if (context != null) {
      b.add(context, BooleanClause.Occur.SHOULD);
    }
    for (String ch : p.chapters()) {
      b.add(new BoostQuery(index.join().cases(facets.facetTerm(IndexFields.CHAPTER, ch), ScoreMode.Max),
          CHAPTER_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    // Prior determinations only: cases with decided items, not other records.
    b.add(index.join().cases(BlockJoin.ITEMS, ScoreMode.None), BooleanClause.Occur.FILTER);
    excludeIds(b, p);
    return b.build();
  }

  /** What a case as a whole shares with the new one: summary words, body parts, diagnoses. */
  private Query caseContext(CaseProfile p, Query caseText) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    if (caseText != null) {
      b.add(new BoostQuery(caseText, TEXT_WEIGHT), BooleanClause.Occur.SHOULD);
      n++;
    }
    QueryBuilder words = new QueryBuilder(index.setup().indexAnalyzer());
    for (String bp : p.bodyParts()) {
      Query q = words.createPhraseQuery(IndexFields.BODY_PART, bp);
      if (q != null) {
        b.add(new BoostQuery(q, BODY_PART_WEIGHT), BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    for (String d : p.diagnoses()) {
      Query q = words.createBooleanQuery(IndexFields.DIAGNOSIS, d);
      if (q != null) {
        b.add(new BoostQuery(q, DIAGNOSIS_WEIGHT), BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    for (String code : p.icd10()) {
      b.add(new BoostQuery(new TermQuery(new Term(IndexFields.ICD10, code.toLowerCase(Locale.ROOT))),
          DIAGNOSIS_WEIGHT), BooleanClause.Occur.SHOULD);
      n++;
    }
    return n == 0 ? null : b.build();
  }

  /** An item like one request: its words, its category and its body part. */
  private Query requestQuery(CaseProfile.Request r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query words = new QueryBuilder(index.setup().queryAnalyzer()).createBooleanQuery(IndexFields.ITEM, r.text());
    if (words != null) {
      b.add(new BoostQuery(words, REQUEST_TEXT_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    if (r.category() != null) {
      b.add(new BoostQuery(facets.facetTerm(IndexFields.CATEGORY, r.category().category()), CATEGORY_WEIGHT),
          BooleanClause.Occur.SHOULD);
      b.add(new BoostQuery(facets.facetTerm(IndexFields.SUBCATEGORY, r.category().subcategory()),
          SUBCATEGORY_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    QueryBuilder phrases = new QueryBuilder(index.setup().indexAnalyzer());
    for (String bp : r.bodyParts()) {
      Query q = phrases.createPhraseQuery(IndexFields.ITEM_BODY_PART, bp);
      if (q != null) {
        b.add(new BoostQuery(q, BODY_PART_WEIGHT), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }

  private static void excludeIds(BooleanQuery.Builder b, CaseProfile p) {
    for (String id : p.ids()) {
      b.add(new TermQuery(new Term(IndexFields.ID, id)), BooleanClause.Occur.MUST_NOT);
    }
  }

  private SimilarResponse.SimilarCase explain(CaseProfile p, float score, Case c) {
    Set<String> categories = new LinkedHashSet<>();
    Set<String> chapters = new LinkedHashSet<>();
    List<Integer> matching = new ArrayList<>();
    Set<Taxonomy.Category> wanted = p.categories();
    for (int i = 0; i < c.disputedItems().size(); i++) {
      DisputedItem it = c.disputedItems().get(i);
      Taxonomy.Category cat = it.category() == null ? null : new Taxonomy.Category(it.category(), it.subcategory());
      if (cat != null && wanted.contains(cat)) {
        categories.add(cat.category() + " / " + cat.subcategory());
        matching.add(i);
      } else if (cat != null && wanted.stream().anyMatch(w -> w.category().equals(cat.category()))) {
        categories.add(cat.category());
        matching.add(i);
      }
      for (Guideline g : it.reviewerGuidelines()) {
        if (g.chapter() != null && p.chapters().contains(g.chapter().strip())) {
          chapters.add(g.chapter().strip());
        }
      }
    }
    Set<String> body = new LinkedHashSet<>(index.setup().documents().caseBodyParts(c));
    body.retainAll(p.bodyParts());
    Set<String> dx = new LinkedHashSet<>();
    for (Diagnosis d : c.diagnoses()) {
      boolean code = d.icd10() != null && d.icd10().code() != null && p.icd10().contains(d.icd10().code());
      boolean words = p.diagnoses().stream().anyMatch(q -> q.equalsIgnoreCase(d.text()));
      if (code || words) {
        dx.add(d.text());
      }
    }
    return new SimilarResponse.SimilarCase(score, c, List.copyOf(categories), List.copyOf(body),
        List.copyOf(dx), List.copyOf(chapters), List.copyOf(matching));
  }
}
