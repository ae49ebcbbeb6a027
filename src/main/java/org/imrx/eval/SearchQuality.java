package org.imrx.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.imrx.index.CaseProfile;
import org.imrx.index.ClinicalText;
import org.imrx.index.IndexSetup;
import org.imrx.index.OpenIndex;
import org.imrx.index.PrecedentSearcher;
import org.imrx.index.SearchRequest;
import org.imrx.index.SearchResponse;
import org.imrx.index.SimilarCases;
import org.imrx.index.SimilarResponse;
import org.imrx.model.Case;
import org.imrx.model.Decision;
import org.imrx.model.DisputedItem;

/**
 * The quality figures of precedent search, each beside plain Lucene BM25 ({@link PlainBm25}) over the
 * same letters: similar cases by leaving one letter out (do the top 5 share a request category
 * with it), outcome prediction (the majority decision of the 10 nearest prior items), and ranking
 * on judged queries (nDCG@10, recall@10). Deterministic: no randomness is involved. Not
 * thread-safe.
 */
public final class SearchQuality {
  /** Top-5 results sharing a request category (and sub-category) with the left-out letter. */
  public record SimilarFigures(int letters, double imrxCategory, double bm25Category,
      double imrxSubcategory, double bm25Subcategory) {}

  /** Counts of predicted against actual decisions, Overturned being the positive class. */
  public record Prediction(int overturnedRight, int overturnedMissed, int upheldRight, int upheldMissed) {
    public double recallOverturned() {
      int n = overturnedRight + overturnedMissed;
      return n == 0 ? 0 : (double) overturnedRight / n;
    }

    public double recallUpheld() {
      int n = upheldRight + upheldMissed;
      return n == 0 ? 0 : (double) upheldRight / n;
    }

    public double balancedAccuracy() {
      return (recallOverturned() + recallUpheld()) / 2;
    }

    public double accuracy() {
      int n = overturnedRight + overturnedMissed + upheldRight + upheldMissed;
      return n == 0 ? 0 : (double) (overturnedRight + upheldRight) / n;
    }

    Prediction plus(boolean actualOverturned, boolean predictedOverturned) {
      if (actualOverturned) {
        return predictedOverturned ? new Prediction(overturnedRight + 1, overturnedMissed, upheldRight, upheldMissed)
            : new Prediction(overturnedRight, overturnedMissed + 1, upheldRight, upheldMissed);
      }
      return predictedOverturned ? new Prediction(overturnedRight, overturnedMissed, upheldRight, upheldMissed + 1)
          : new Prediction(overturnedRight, overturnedMissed, upheldRight + 1, upheldMissed);
    }
  }

  /** Majority vote and a vote at the base rate (Overturned when at least 2 of 10 were). */
  public record OutcomeFigures(int items, double upheldBaseRate, Prediction imrxMajority, Prediction bm25Majority,
      Prediction imrxTwoOfTen, Prediction bm25TwoOfTen) {}

  /** Mean nDCG@10 and recall@10 over the judged queries. */
  public record RankingFigures(int queries, int judged, double imrxNdcg, double bm25Ndcg, double imrxRecall,
      double bm25Recall) {}

  /** One pooled result of one query: what a judge reads. */
  public record PoolRow(String queryId, String query, String caseId, int itemIndex, String itemText, String rationale) {}

  /** A judged query result. */
  public record Judgement(String queryId, String caseId, int itemIndex, int grade) {}

  /** Queries of a {@code id<TAB>query} file (a header line and # comments skipped), in order. */
  public static Map<String, String> readQueries(java.nio.file.Path tsv) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = java.nio.file.Files.readAllLines(tsv);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        out.put(f[0].strip(), f[1].strip());
      }
    }
    return out;
  }

  /** Judgements of a {@code query<TAB>case<TAB>item<TAB>grade[<TAB>text]} file with a header line. */
  public static List<Judgement> readJudgements(java.nio.file.Path tsv) throws IOException {
    List<Judgement> out = new ArrayList<>();
    List<String> lines = java.nio.file.Files.readAllLines(tsv);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        out.add(new Judgement(f[0].strip(), f[1].strip(), Integer.parseInt(f[2].strip()), Integer.parseInt(f[3].strip())));
      }
    }
    return out;
  }

  private final List<Case> letters;
  private final Map<String, Case> byId = new LinkedHashMap<>();
  private final Map<String, String[]> gold;
  private final OpenIndex index;
  private final PlainBm25 bm25;

  /**
   * @param letters the letters indexed in both systems, with their text
   * @param labels hand-labelled items (their category wins over the assigned one where paired)
   */
  public SearchQuality(List<Case> letters, List<LabelledItem> labels, OpenIndex index, PlainBm25 bm25) {
    this.letters = List.copyOf(letters);
    this.index = index;
    this.bm25 = bm25;
    for (Case c : letters) {
      byId.put(c.id(), c);
    }
    this.gold = new HashMap<>();
    for (ItemPairing.Pair p : new ItemPairing().pair(letters, labels)) {
      gold.put(p.source().id() + "#" + p.index(), new String[] {p.label().category(), p.label().subcategory()});
    }
  }

  /** The category and sub-category of an item: its hand label where there is one, else its own. */
  String[] labelOf(Case c, int i) {
    String[] g = gold.get(c.id() + "#" + i);
    DisputedItem it = c.disputedItems().get(i);
    return g != null ? g : new String[] {it.category(), it.subcategory()};
  }

  private Set<String> labels(Case c, int level) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < c.disputedItems().size(); i++) {
      String[] l = labelOf(c, i);
      if (l[0] != null) {
        out.add(level == 0 ? l[0] : l[0] + " / " + l[1]);
      }
    }
    return out;
  }

  /** The text a new case gives: its clinical summary and its requests, no decisions or rationales. */
  static String queryText(Case c) {
    StringBuilder b = new StringBuilder(ClinicalText.of(c));
    for (DisputedItem it : c.disputedItems()) {
      b.append('\n').append(it.text());
    }
    return b.toString();
  }

  public SimilarFigures similar(int k) throws IOException {
    IndexSetup setup = index.setup();
    SimilarCases imrx = new SimilarCases(index);
    double[] sums = new double[4];
    int n = 0;
    for (Case c : letters) {
      if (c.disputedItems().isEmpty()) {
        continue;
      }
      n++;
      CaseProfile p = CaseProfile.of(List.of(c), setup.categorizer(), setup.documents());
      List<Case> mine = new ArrayList<>();
      for (SimilarResponse.SimilarCase s : imrx.find(p, k, 0).cases()) {
        mine.add(s.source());
      }
      List<Case> theirs = new ArrayList<>();
      for (String id : bm25.similarCases(queryText(c), c.id(), k)) {
        theirs.add(byId.get(id));
      }
      sums[0] += share(c, mine, k, 0);
      sums[1] += share(c, theirs, k, 0);
      sums[2] += share(c, mine, k, 1);
      sums[3] += share(c, theirs, k, 1);
    }
    return new SimilarFigures(n, sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n);
  }

  private double share(Case query, List<Case> found, int k, int level) {
    Set<String> wanted = labels(query, level);
    int hits = 0;
    for (Case f : found) {
      Set<String> have = labels(f, level);
      have.retainAll(wanted);
      hits += have.isEmpty() ? 0 : 1;
    }
    return (double) hits / k;
  }

  public OutcomeFigures outcomes(int k) throws IOException {
    IndexSetup setup = index.setup();
    SimilarCases imrx = new SimilarCases(index);
    Prediction im = new Prediction(0, 0, 0, 0);
    Prediction bm = im;
    Prediction im2 = im;
    Prediction bm2 = im;
    int items = 0;
    int upheld = 0;
    for (Case c : letters) {
      CaseProfile p = CaseProfile.of(List.of(c), setup.categorizer(), setup.documents());
      java.util.Map<Integer, Float> neighbors = imrx.neighbors(p, imrx.textQuery(p));
      String summary = ClinicalText.of(c);
      for (DisputedItem it : c.disputedItems()) {
        if (it.decision() == null) {
          continue;
        }
        items++;
        boolean actual = it.decision() == Decision.OVERTURNED;
        upheld += actual ? 0 : 1;
        SimilarResponse.RequestPrecedents rp = imrx.precedents(p,
            CaseProfile.request(it.text(), setup.categorizer(), setup.documents()), neighbors, k);
        int over = rp.tally().overturned();
        im = im.plus(actual, over * 2 > rp.tally().total());
        im2 = im2.plus(actual, over >= 2);
        int bmOver = 0;
        int bmAll = 0;
        for (PlainBm25.ItemRef r : bm25.similarItems(summary + "\n" + it.text(), c.id(), k)) {
          Decision d = byId.get(r.caseId()).disputedItems().get(r.itemIndex()).decision();
          bmAll++;
          bmOver += d == Decision.OVERTURNED ? 1 : 0;
        }
        bm = bm.plus(actual, bmOver * 2 > bmAll);
        bm2 = bm2.plus(actual, bmOver >= 2);
      }
    }
    return new OutcomeFigures(items, items == 0 ? 0 : (double) upheld / items, im, bm, im2, bm2);
  }

  /** The top {@code k} items of both systems for each query, merged, sorted by query, case and item. */
  public List<PoolRow> pool(Map<String, String> queries, int k) throws IOException, ParseException {
    PrecedentSearcher imrx = new PrecedentSearcher(index, "", "");
    List<PoolRow> out = new ArrayList<>();
    for (Map.Entry<String, String> q : queries.entrySet()) {
      Set<String> seen = new java.util.TreeSet<>();
      for (SearchResponse.ItemHit h : imrx.search(new SearchRequest(q.getValue(), List.of(), false, k, 0)).hits()) {
        seen.add(h.source().id() + "\t" + h.itemIndex());
      }
      for (PlainBm25.ItemRef r : bm25.search(q.getValue(), k)) {
        seen.add(r.caseId() + "\t" + r.itemIndex());
      }
      for (String s : seen) {
        String[] f = s.split("\t");
        DisputedItem it = byId.get(f[0]).disputedItems().get(Integer.parseInt(f[1]));
        out.add(new PoolRow(q.getKey(), q.getValue(), f[0], Integer.parseInt(f[1]), it.text(),
            it.rationale() == null ? "" : it.rationale()));
      }
    }
    return out;
  }

  public RankingFigures ranking(Map<String, String> queries, List<Judgement> judgements, int k)
      throws IOException, ParseException {
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    for (Judgement j : judgements) {
      grades.computeIfAbsent(j.queryId(), x -> new HashMap<>()).put(j.caseId() + "#" + j.itemIndex(), j.grade());
    }
    PrecedentSearcher imrx = new PrecedentSearcher(index, "", "");
    double[] s = new double[4];
    int n = 0;
    for (Map.Entry<String, String> q : queries.entrySet()) {
      Map<String, Integer> g = grades.getOrDefault(q.getKey(), Map.of());
      List<Integer> mine = new ArrayList<>();
      for (SearchResponse.ItemHit h : imrx.search(new SearchRequest(q.getValue(), List.of(), false, k, 0)).hits()) {
        mine.add(g.getOrDefault(h.source().id() + "#" + h.itemIndex(), 0));
      }
      List<Integer> theirs = new ArrayList<>();
      for (PlainBm25.ItemRef r : bm25.search(q.getValue(), k)) {
        theirs.add(g.getOrDefault(r.caseId() + "#" + r.itemIndex(), 0));
      }
      s[0] += RankingMetrics.ndcg(mine, g.values(), k);
      s[1] += RankingMetrics.ndcg(theirs, g.values(), k);
      s[2] += RankingMetrics.recall(mine, g.values(), k);
      s[3] += RankingMetrics.recall(theirs, g.values(), k);
      n++;
    }
    return new RankingFigures(n, judgements.size(), s[0] / n, s[1] / n, s[2] / n, s[3] / n);
  }
}
