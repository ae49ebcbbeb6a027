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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.imrx.lexicon.Taxonomy;
import org.imrx.model.Case;
import org.imrx.model.Decision;
import org.imrx.model.Diagnosis;
import org.imrx.model.DisputedItem;
import org.imrx.model.Guideline;

/**
 * Finds the prior determinations most like a new case, in two stages so that it stays fast on a
 * large index. First, the {@value #NEIGHBORS} cases whose clinical summary is most like the new
 * case's text (Lucene's MoreLikeThis over the summaries) with the same body parts, diagnoses and
 * ICD-10 codes; and for each request, the {@value #CANDIDATES} prior items most like it (its words in
 * the item text, the same DWC category and sub-category, the same body part, the guideline chapters
 * the new case's utilization review cited). Then each candidate item scores its own match plus its
 * case's summary score, and each candidate case its best item (times {@value #ITEM_WEIGHT}) plus its
 * summary score. A new case without requests (a record) is compared by its summary alone. The
 * query's own cases (by id) are never returned, and only determinations are. Thread-safe.
 */
public final class SimilarCases {
  static final int MLT_TERMS = 30;
  /** Cases found by their summary in the first stage. */
  static final int NEIGHBORS = 200;
  /** Items found per request in the first stage. */
  static final int CANDIDATES = 500;
  static final float TEXT_WEIGHT = 1f;
  static final float ITEM_WEIGHT = 2f;
  static final float REQUEST_TEXT_WEIGHT = 1f;
  static final float CATEGORY_WEIGHT = 1.5f;
  static final float SUBCATEGORY_WEIGHT = 3f;
  static final float BODY_PART_WEIGHT = 1f;
  static final float DIAGNOSIS_WEIGHT = 1f;
  static final float CHAPTER_WEIGHT = 1f;
  private static final Query DETERMINATIONS = new TermQuery(new Term(IndexFields.DOCUMENT_TYPE,
      org.imrx.model.DocumentType.IMR_DETERMINATION.label()));

  private final OpenIndex index;
  private final QueryIntent facets;

  public SimilarCases(OpenIndex index) {
    this.index = index;
    this.facets = new QueryIntent(index.setup());
  }

  /** The {@code limit} most similar prior cases, and per request its {@code perRequest} nearest items. */
  public SimilarResponse find(CaseProfile p, int limit, int perRequest) throws IOException {
    Map<Integer, Float> neighbors = neighbors(p, textQuery(p));
    Map<Integer, Float> bestItem = new HashMap<>();
    List<SimilarResponse.RequestPrecedents> requests = new ArrayList<>();
    for (CaseProfile.Request r : p.requests()) {
      List<ScoreDoc> items = candidates(p, r);
      for (ScoreDoc sd : items) {
        bestItem.merge(sd.shardIndex, sd.score, Math::max);
      }
      if (perRequest > 0) {
        requests.add(precedents(r, items, neighbors, perRequest));
      }
    }
    List<SimilarResponse.SimilarCase> cases = new ArrayList<>();
    if (limit > 0) {
      Map<Integer, Float> score = new HashMap<>();
      if (p.requests().isEmpty()) {
        score.putAll(neighbors);
      } else {
        bestItem.forEach((doc, s) -> score.put(doc, ITEM_WEIGHT * s + neighbors.getOrDefault(doc, 0f)));
      }
      for (Map.Entry<Integer, Float> e : top(score, limit)) {
        cases.add(explain(p, e.getValue(), index.caseAt(e.getKey())));
      }
    }
    return new SimilarResponse(p, cases, requests);
  }

  /**
   * The cases most like the new one as a whole (summary words, body parts, diagnoses), with their
   * scores by case document; empty when there is nothing to compare.
   */
  public Map<Integer, Float> neighbors(CaseProfile p, Query caseText) throws IOException {
    Query context = caseContext(p, caseText);
    Map<Integer, Float> out = new HashMap<>();
    if (context == null) {
      return out;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(context, BooleanClause.Occur.MUST)
        .add(BlockJoin.CASES, BooleanClause.Occur.FILTER)
        .add(DETERMINATIONS, BooleanClause.Occur.FILTER);
    excludeIds(b, p);
    for (ScoreDoc sd : index.searcher().search(b.build(), NEIGHBORS).scoreDocs) {
      out.put(sd.doc, sd.score);
    }
    return out;
  }

  /**
   * The prior items most like one request (the evaluation's unit): the request's candidates, each
   * lifted by its case's score in {@code neighbors} (from {@link #neighbors}).
   */
  public SimilarResponse.RequestPrecedents precedents(CaseProfile p, CaseProfile.Request r,
      Map<Integer, Float> neighbors, int n) throws IOException {
    return precedents(r, candidates(p, r), neighbors, n);
  }

  private SimilarResponse.RequestPrecedents precedents(CaseProfile.Request r, List<ScoreDoc> items,
      Map<Integer, Float> neighbors, int n) throws IOException {
    List<ScoreDoc> ranked = new ArrayList<>();
    for (ScoreDoc sd : items) {
      ranked.add(new ScoreDoc(sd.doc, sd.score + neighbors.getOrDefault(sd.shardIndex, 0f), sd.shardIndex));
    }
    ranked.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    List<SimilarResponse.PriorItem> out = new ArrayList<>();
    int upheld = 0;
    int overturned = 0;
    Map<Integer, Case> seen = new HashMap<>();
    for (ScoreDoc sd : ranked.subList(0, Math.min(n, ranked.size()))) {
      Case c = seen.get(sd.shardIndex);
      if (c == null) {
        c = index.caseAt(sd.shardIndex);
        seen.put(sd.shardIndex, c);
      }
      int idx = index.itemIndexAt(sd.doc);
      out.add(new SimilarResponse.PriorItem(sd.score, c, idx));
      Decision d = c.disputedItems().get(idx).decision();
      if (d == Decision.OVERTURNED) {
        overturned++;
      } else if (d == Decision.UPHELD) {
        upheld++;
      }
    }
    return new SimilarResponse.RequestPrecedents(r, out, new OutcomeStatistics.Tally(upheld, overturned));
  }

  /** The items most like a request, each with its case document in {@code shardIndex}. */
  private List<ScoreDoc> candidates(CaseProfile p, CaseProfile.Request r) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(requestQuery(p, r), BooleanClause.Occur.MUST)
        .add(BlockJoin.ITEMS, BooleanClause.Occur.FILTER);
    excludeIds(b, p);
    List<ScoreDoc> out = new ArrayList<>();
    for (ScoreDoc sd : index.searcher().search(b.build(), CANDIDATES).scoreDocs) {
      out.add(new ScoreDoc(sd.doc, sd.score, index.join().parentOf(index.searcher(), sd.doc)));
    }
    return out;
  }

  private static List<Map.Entry<Integer, Float>> top(Map<Integer, Float> scores, int n) {
    return scores.entrySet().stream()
        .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? Float.compare(b.getValue(), a.getValue())
            : Integer.compare(a.getKey(), b.getKey()))
        .limit(n).toList();
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

  /** An item like one request: its words, its category, its body part, the chapters UR cited. */
  private Query requestQuery(CaseProfile p, CaseProfile.Request r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String ch : p.chapters()) {
      b.add(new BoostQuery(facets.facetTerm(IndexFields.CHAPTER, ch), CHAPTER_WEIGHT), BooleanClause.Occur.SHOULD);
    }
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
