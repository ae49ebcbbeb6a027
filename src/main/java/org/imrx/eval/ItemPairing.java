package org.imrx.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imrx.model.Case;
import org.imrx.model.DisputedItem;

/**
 * Pairs labelled rows with the disputed items extracted from the same case: within a case number,
 * by word overlap, greedily best first, one to one. A row's text may carry stray words (it was cut
 * by a regular expression), so the overlap is the share of the extracted item's content words found
 * in the row; a pair needs at least {@value #MIN_OVERLAP}. Stateless and thread-safe.
 */
public final class ItemPairing {
  static final double MIN_OVERLAP = 0.6;
  private final SoftMatcher words = new SoftMatcher();

  /** A labelled row and the extracted item it describes. */
  public record Pair(LabelledItem label, Case source, int index, DisputedItem item) {}

  /** The pairs found, in the order of the rows; rows left unpaired are not returned. */
  public List<Pair> pair(List<Case> cases, List<LabelledItem> rows) {
    Map<String, Case> byNumber = new LinkedHashMap<>();
    for (Case c : cases) {
      if (c.caseNumber() != null) {
        byNumber.putIfAbsent(c.caseNumber(), c);
      }
    }
    Map<String, List<Integer>> rowsByCase = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      rowsByCase.computeIfAbsent(rows.get(r).caseNumber(), k -> new ArrayList<>()).add(r);
    }
    Pair[] out = new Pair[rows.size()];
    for (Map.Entry<String, List<Integer>> e : rowsByCase.entrySet()) {
      Case c = byNumber.get(e.getKey());
      if (c == null) {
        continue;
      }
      List<double[]> candidates = new ArrayList<>();
      for (int r : e.getValue()) {
        Set<String> row = words.words(rows.get(r).text());
        for (int i = 0; i < c.disputedItems().size(); i++) {
          double o = covered(words.words(c.disputedItems().get(i).text()), row);
          if (o >= MIN_OVERLAP) {
            candidates.add(new double[] {o, r, i});
          }
        }
      }
      candidates.sort(Comparator.<double[]>comparingDouble(x -> -x[0])
          .thenComparingDouble(x -> x[1]).thenComparingDouble(x -> x[2]));
      Set<Integer> usedRows = new HashSet<>();
      Set<Integer> usedItems = new HashSet<>();
      for (double[] x : candidates) {
        int r = (int) x[1];
        int i = (int) x[2];
        if (usedRows.add(r)) {
          if (!usedItems.add(i)) {
            usedRows.remove(r);
            continue;
          }
          out[r] = new Pair(rows.get(r), c, i, c.disputedItems().get(i));
        }
      }
    }
    List<Pair> list = new ArrayList<>();
    for (Pair p : out) {
      if (p != null) {
        list.add(p);
      }
    }
    return list;
  }

  private static double covered(Set<String> item, Set<String> row) {
    if (item.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : item) {
      if (row.contains(w)) {
        n++;
      }
    }
    return (double) n / item.size();
  }
}
