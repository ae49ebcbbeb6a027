package org.imrx.index;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * How the items of a result set were decided: upheld and overturned overall, by the guideline
 * source the reviewer cited and by request category. Immutable.
 */
public record OutcomeStatistics(Tally all, Map<String, Tally> byGuideline, Map<String, Tally> byCategory) {
  /** Upheld and overturned counts. */
  public record Tally(int upheld, int overturned) {
    public int total() {
      return upheld + overturned;
    }

    /** Share overturned, 0 when empty. */
    public double overturnRate() {
      return total() == 0 ? 0 : (double) overturned / total();
    }

  }

  /**
   * Counts over every item document a collector gathered. Counting is by ordinal per segment;
   * labels are looked up once per segment, not once per document.
   */
  static OutcomeStatistics of(FacetsCollector items) throws IOException {
    long[] all = new long[2];
    Map<String, long[]> byGuideline = new TreeMap<>();
    Map<String, long[]> byCategory = new TreeMap<>();
    for (FacetsCollector.MatchingDocs m : items.getMatchingDocs()) {
      if (m.bits == null) {
        continue;
      }
      SortedDocValues decision = DocValues.getSorted(m.context.reader(), CaseDocuments.DV_DECISION);
      SortedDocValues category = DocValues.getSorted(m.context.reader(), CaseDocuments.DV_CATEGORY);
      SortedSetDocValues guideline = DocValues.getSortedSet(m.context.reader(), CaseDocuments.DV_GUIDELINE);
      boolean[] overturnedOrd = new boolean[decision.getValueCount()];
      for (int o = 0; o < overturnedOrd.length; o++) {
        overturnedOrd[o] = decision.lookupOrd(o).utf8ToString().startsWith("Overturned");
      }
      long[][] cat = new long[category.getValueCount() + 1][2];
      long[][] gl = new long[(int) guideline.getValueCount() + 1][2];
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!decision.advanceExact(doc)) {
          continue;
        }
        int o = overturnedOrd[decision.ordValue()] ? 1 : 0;
        all[o]++;
        cat[category.advanceExact(doc) ? category.ordValue() : cat.length - 1][o]++;
        if (guideline.advanceExact(doc)) {
          for (int i = 0; i < guideline.docValueCount(); i++) {
            gl[(int) guideline.nextOrd()][o]++;
          }
        } else {
          gl[gl.length - 1][o]++;
        }
      }
      for (int c = 0; c < cat.length; c++) {
        if (cat[c][0] + cat[c][1] > 0) {
          String label = c == cat.length - 1 ? "(none)" : category.lookupOrd(c).utf8ToString();
          add(byCategory, label, cat[c]);
        }
      }
      for (int g = 0; g < gl.length; g++) {
        if (gl[g][0] + gl[g][1] > 0) {
          String label = g == gl.length - 1 ? "(none cited)" : guideline.lookupOrd(g).utf8ToString();
          add(byGuideline, label, gl[g]);
        }
      }
    }
    return new OutcomeStatistics(tally(all), tallies(byGuideline), tallies(byCategory));
  }

  private static void add(Map<String, long[]> m, String label, long[] counts) {
    long[] t = m.computeIfAbsent(label, k -> new long[2]);
    t[0] += counts[0];
    t[1] += counts[1];
  }

  private static Tally tally(long[] c) {
    return new Tally((int) c[0], (int) c[1]);
  }

  private static Map<String, Tally> tallies(Map<String, long[]> m) {
    Map<String, Tally> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, tally(v)));
    return Collections.unmodifiableMap(out);
  }

  /** The entries of a breakdown, largest first. */
  public static List<Map.Entry<String, Tally>> largestFirst(Map<String, Tally> m) {
    return m.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().total(), a.getValue().total())).toList();
  }
}
