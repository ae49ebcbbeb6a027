package org.imrx.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Precision and recall of sentence ends: a predicted sentence end is right when a gold sentence
 * ends at the same offset. Counts add up over documents (micro average). Immutable.
 */
public record BoundaryScore(int correct, int predicted, int gold) {
  public static final BoundaryScore ZERO = new BoundaryScore(0, 0, 0);

  /** The score of one document's predicted sentences against its gold sentences. */
  public static BoundaryScore of(List<Span> gold, List<Span> predicted) {
    Set<Integer> ends = new HashSet<>();
    for (Span g : gold) {
      ends.add(g.end());
    }
    int correct = 0;
    for (Span p : predicted) {
      if (ends.contains(p.end())) {
        correct++;
      }
    }
    return new BoundaryScore(correct, predicted.size(), gold.size());
  }

  public BoundaryScore plus(BoundaryScore o) {
    return new BoundaryScore(correct + o.correct, predicted + o.predicted, gold + o.gold);
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    return predicted + gold == 0 ? 0 : 2.0 * correct / (predicted + gold);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d of %d predicted, %d gold)",
        precision(), recall(), f1(), correct, predicted, gold);
  }
}
