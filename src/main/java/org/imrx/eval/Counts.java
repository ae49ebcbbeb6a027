package org.imrx.eval;

/**
 * True positives, false positives and false negatives of one field, and the precision, recall
 * and F1 they give. Undefined values are {@link Double#NaN}: precision without predictions,
 * recall without support, all three when there is nothing at all. F1 is 0, not NaN, when there
 * is support or a prediction and nothing correct. Immutable.
 */
public record Counts(int tp, int fp, int fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn);
    }
  }

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** Gold values: what recall is measured against. */
  public int support() {
    return tp + fn;
  }

  public boolean isEmpty() {
    return tp + fp + fn == 0;
  }

  public double precision() {
    return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
  }

  public double f1() {
    return isEmpty() ? Double.NaN : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
