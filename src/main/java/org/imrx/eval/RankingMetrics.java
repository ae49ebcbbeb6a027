package org.imrx.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Graded ranking metrics over judged results. nDCG@k uses gain {@code 2^grade - 1} and discount
 * {@code log2(rank + 1)}; the ideal ranking is every judged grade of the query sorted, so a system
 * is not rewarded for the relevant results it never returned. Recall@k is the share of the query's
 * relevant results (grade at least 1) found in the first k. Unjudged results count as grade 0.
 * Stateless.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  /** DCG of grades in rank order, over the first {@code k}. */
  public static double dcg(List<Integer> grades, int k) {
    double s = 0;
    for (int i = 0; i < Math.min(k, grades.size()); i++) {
      s += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return s;
  }

  /**
   * nDCG@k of the grades a system's ranking got, against all the grades judged for the query; 0 when
   * nothing judged is relevant.
   */
  public static double ndcg(List<Integer> ranked, Collection<Integer> judged, int k) {
    List<Integer> ideal = new ArrayList<>(judged);
    ideal.sort(Comparator.reverseOrder());
    double best = dcg(ideal, k);
    return best == 0 ? 0 : dcg(ranked, k) / best;
  }

  /** Recall@k: relevant results in the first k over all relevant judged results; 0 when none. */
  public static double recall(List<Integer> ranked, Collection<Integer> judged, int k) {
    long relevant = judged.stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranked.subList(0, Math.min(k, ranked.size())).stream().filter(g -> g > 0).count();
    return (double) found / relevant;
  }
}
