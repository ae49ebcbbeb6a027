package org.imrx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  @Test
  void dcgByHand() {
    // grades 2, 0, 1: (3)/log2(2) + 0 + (1)/log2(4) = 3 + 0.5
    assertEquals(3.5, RankingMetrics.dcg(List.of(2, 0, 1), 10), 1e-9);
    assertEquals(3.0, RankingMetrics.dcg(List.of(2, 0, 1), 1), 1e-9);
  }

  @Test
  void ndcgAgainstTheIdealOfAllJudgements() {
    // Ranked 0, 2 with judged {2, 1, 0}: DCG = 3/log2(3) = 1.8928; ideal = 3 + 1/log2(3) = 3.6309
    double expected = (3 / (Math.log(3) / Math.log(2))) / (3 + 1 / (Math.log(3) / Math.log(2)));
    assertEquals(expected, RankingMetrics.ndcg(List.of(0, 2), List.of(2, 1, 0), 10), 1e-9);
    assertEquals(0.5213, expected, 1e-4);
    assertEquals(1.0, RankingMetrics.ndcg(List.of(2, 1, 0), List.of(0, 1, 2), 10), 1e-9);
  }

  @Test
  void ndcgCutsAtK() {
    // Only the first result counts at k=1: a perfect first result.
    assertEquals(1.0, RankingMetrics.ndcg(List.of(2, 0), List.of(2, 2), 1), 1e-9);
    // ideal@2 = 3 + 3/log2(3); ranked@2 = 3
    assertEquals(3 / (3 + 3 / (Math.log(3) / Math.log(2))), RankingMetrics.ndcg(List.of(2, 0), List.of(2, 2), 2), 1e-9);
  }

  @Test
  void nothingRelevantScoresZero() {
    assertEquals(0, RankingMetrics.ndcg(List.of(0, 0), List.of(0, 0), 10));
    assertEquals(0, RankingMetrics.recall(List.of(0), List.of(0), 10));
  }

  @Test
  void recallCountsRelevantFoundInTheFirstK() {
    assertEquals(0.25, RankingMetrics.recall(List.of(1, 0, 2), List.of(1, 2, 1, 1), 2), 1e-9);
    assertEquals(0.5, RankingMetrics.recall(List.of(1, 0, 2), List.of(1, 2, 1, 1, 0), 3), 1e-9);
  }
}
