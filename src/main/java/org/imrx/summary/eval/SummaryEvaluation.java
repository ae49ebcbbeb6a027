package org.imrx.summary.eval;

import org.imrx.eval.SoftMatcher;
import org.imrx.eval.Pairing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accumulates, over many documents, how many of each gold record's facts a draft states (recall)
 * and how many of the drafted facts of those kinds the gold holds (precision-like); where given,
 * also the recall extraction itself reached, which bounds the draft's. Scalars compare exactly,
 * list items by the scorer's one-to-one soft matching. Not thread-safe.
 */
public final class SummaryEvaluation {
  private static final SoftMatcher MATCHER = new SoftMatcher();
  /** Counts of one kind of fact. */
  public record Counts(String type, int gold, int stated, int drafted, int draftedInGold,
      int extractedStated) {
    public double recall() {
      return gold == 0 ? Double.NaN : (double) stated / gold;
    }

    public double precision() {
      return drafted == 0 ? Double.NaN : (double) draftedInGold / drafted;
    }

    public double extractedRecall() {
      return gold == 0 ? Double.NaN : (double) extractedStated / gold;
    }
  }

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private int documents;
  private int supported;
  private int facts;

  public SummaryEvaluation() {
    for (String t : Facts.TYPES) {
      counts.put(t, new int[5]);
    }
  }

  /** Adds one document's gold, draft, and (or null) the facts extraction found. */
  public void add(Facts gold, Facts draft, Facts extracted) {
    documents++;
    for (String t : Facts.TYPES) {
      int[] c = counts.get(t);
      List<String> g = gold.of(t);
      List<String> d = draft.of(t);
      c[0] += g.size();
      c[2] += d.size();
      if (Facts.EXACT.contains(t)) {
        Set<String> gs = new HashSet<>(g);
        c[1] += (int) gs.stream().filter(d::contains).count();
        c[3] += (int) d.stream().filter(gs::contains).count();
        if (extracted != null) {
          c[4] += (int) gs.stream().filter(extracted.of(t)::contains).count();
        }
      } else {
        int paired = Pairing.greedy(g, d, MATCHER).size();
        c[1] += paired;
        c[3] += paired;
        if (extracted != null) {
          c[4] += Pairing.greedy(g, extracted.of(t), MATCHER).size();
        }
      }
    }
  }

  /** Adds the support check of one draft: how many of its facts, how many supported. */
  public void addSupport(int draftFacts, int supportedFacts) {
    facts += draftFacts;
    supported += supportedFacts;
  }

  public int documents() {
    return documents;
  }

  public List<Counts> counts() {
    List<Counts> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      out.add(new Counts(e.getKey(), c[0], c[1], c[2], c[3], c[4]));
    }
    return out;
  }

  public Counts total() {
    int[] t = new int[5];
    for (int[] c : counts.values()) {
      for (int i = 0; i < 5; i++) {
        t[i] += c[i];
      }
    }
    return new Counts("all", t[0], t[1], t[2], t[3], t[4]);
  }

  public int facts() {
    return facts;
  }

  public int supported() {
    return supported;
  }

  /** The figures as a table. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-12s %6s %6s %7s | %7s %7s %9s | %9s%n", "fact", "gold",
        "stated", "recall", "drafted", "in gold", "precision", "extracted"));
    List<Counts> rows = new ArrayList<>(counts());
    rows.add(total());
    for (Counts c : rows) {
      out.append(String.format(Locale.ROOT, "%-12s %6d %6d %7.3f | %7d %7d %9.3f | %9.3f%n", c.type(),
          c.gold(), c.stated(), c.recall(), c.drafted(), c.draftedInGold(), c.precision(),
          c.extractedRecall()));
    }
    out.append(String.format(Locale.ROOT,
        "support: %d of %d drafted facts (%.1f%%) have evidence whose text states them%n", supported,
        facts, facts == 0 ? 100.0 : 100.0 * supported / facts));
    return out.toString();
  }
}
