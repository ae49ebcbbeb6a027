package org.imrx.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of every field over a set of documents, and how predictions met gold records; with
 * micro averages (counts pooled over fields, then precision, recall and F1) and macro averages
 * (the mean of each field's value, skipping fields where it is undefined). Immutable.
 */
public record EvalResult(Map<Field, Counts> fields, DocumentCounts documents) {
  public EvalResult {
    EnumMap<Field, Counts> copy = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      copy.put(f, fields.getOrDefault(f, Counts.ZERO));
    }
    fields = Collections.unmodifiableMap(copy);
  }

  public Counts counts(Field f) {
    return fields.get(f);
  }

  /** Counts pooled over the fields of the scope. */
  public Average micro(Scope scope) {
    Counts pooled = Counts.ZERO;
    int n = 0;
    for (Field f : Field.values()) {
      if (scope.includes(f)) {
        pooled = pooled.plus(fields.get(f));
        n++;
      }
    }
    return new Average(pooled.precision(), pooled.recall(), pooled.f1(), n, pooled);
  }

  /** The mean over the fields of the scope, each of precision, recall and F1 skipping undefined values. */
  public Average macro(Scope scope) {
    double p = 0, r = 0, f1 = 0;
    int np = 0, nr = 0, nf = 0;
    for (Field f : Field.values()) {
      if (!scope.includes(f)) {
        continue;
      }
      Counts c = fields.get(f);
      if (!Double.isNaN(c.precision())) {
        p += c.precision();
        np++;
      }
      if (!Double.isNaN(c.recall())) {
        r += c.recall();
        nr++;
      }
      if (!Double.isNaN(c.f1())) {
        f1 += c.f1();
        nf++;
      }
    }
    return new Average(mean(p, np), mean(r, nr), mean(f1, nf), nf, null);
  }

  private static double mean(double sum, int n) {
    return n == 0 ? Double.NaN : sum / n;
  }
}
