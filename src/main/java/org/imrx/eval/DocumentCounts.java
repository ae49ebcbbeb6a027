package org.imrx.eval;

import java.util.List;

/**
 * How predictions met gold records: gold documents, predictions paired with one, the gold keys
 * no prediction was paired with, second predictions of a document already paired (ignored), and
 * predictions that belong to no gold record (ignored). Immutable.
 */
public record DocumentCounts(int gold, int paired, List<String> missing, int duplicates, int unpaired) {
  public DocumentCounts {
    missing = List.copyOf(missing);
  }
}
