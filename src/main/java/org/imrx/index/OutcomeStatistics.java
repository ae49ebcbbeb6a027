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

    Tally plus(boolean isOverturned) {
      return isOverturned ? new Tally(upheld, overturned + 1) : new Tally(upheld + 1, overturned);
    }
  }

  /** Counts over every item document a collector gathered. */
  static OutcomeStatistics of(FacetsCollector items) throws IOException {
    Tally all = new Tally(0, 0);
    Map<String, Tally> byGuideline = new TreeMap<>();
    Map<String, Tally> byCategory = new TreeMap<>();
    for (FacetsCollector.MatchingDocs m : items.getMatchingDocs()) {
      if (m.bits == null) {
        continue;
      }
      SortedDocValues decision = DocValues.getSorted(m.context.reader(), CaseDocuments.DV_DECISION);
      SortedDocValues category = DocValues.getSorted(m.context.reader(), CaseDocuments.DV_CATEGORY);
      SortedSetDocValues guideline = DocValues.getSortedSet(m.context.reader(), CaseDocuments.DV_GUIDELINE);
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!decision.advanceExact(doc)) {
          continue;
        }
        boolean overturned = decision.lookupOrd(decision.ordValue()).utf8ToString().startsWith("Overturned");
        all = all.plus(overturned);
        String cat = category.advanceExact(doc) ? category.lookupOrd(category.ordValue()).utf8ToString() : "(none)";
        byCategory.merge(cat, new Tally(0, 0).plus(overturned), OutcomeStatistics::sum);
        if (guideline.advanceExact(doc)) {
          for (int i = 0; i < guideline.docValueCount(); i++) {
            String g = guideline.lookupOrd(guideline.nextOrd()).utf8ToString();
            byGuideline.merge(g, new Tally(0, 0).plus(overturned), OutcomeStatistics::sum);
          }
        } else {
          byGuideline.merge("(none cited)", new Tally(0, 0).plus(overturned), OutcomeStatistics::sum);
        }
      }
    }
    return new OutcomeStatistics(all, Collections.unmodifiableMap(byGuideline), Collections.unmodifiableMap(byCategory));
  }

  private static Tally sum(Tally a, Tally b) {
    return new Tally(a.upheld + b.upheld, a.overturned + b.overturned);
  }

  /** The entries of a breakdown, largest first. */
  public static List<Map.Entry<String, Tally>> largestFirst(Map<String, Tally> m) {
    return m.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().total(), a.getValue().total())).toList();
  }
}
