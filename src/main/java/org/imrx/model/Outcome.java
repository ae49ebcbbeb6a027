package org.imrx.model;

/** A case's outcome over all its items; the DWC calls the mixed one "Partial Overturn". */
public enum Outcome {
  UPHELD,
  OVERTURNED,
  PARTIALLY_OVERTURNED;

  /** The outcome of a case whose items were decided so; null when there are none. */
  public static Outcome of(Iterable<Decision> decisions) {
    boolean upheld = false;
    boolean overturned = false;
    for (Decision d : decisions) {
      if (d == Decision.UPHELD) {
        upheld = true;
      } else if (d == Decision.OVERTURNED) {
        overturned = true;
      }
    }
    if (upheld && overturned) {
      return PARTIALLY_OVERTURNED;
    }
    return overturned ? OVERTURNED : upheld ? UPHELD : null;
  }
}
