package org.imrx.extract.finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list-item matching of the workplace's reference scorer ({@code tools/score.py}), for tests:
 * two strings match when, lower-cased and reduced to content words, one's words are contained in
 * the other's or their Jaccard overlap is at least 0.5, and where both name a side, a polarity or
 * a spinal level they name the same; items are paired one to one, best overlap first.
 * Accumulates true positives, false positives and false negatives over documents.
 */
final class SoftListScore {
  private static final Set<String> STOP = Set.of(("a an the of and or with to for in on at by from"
      + " as is was were be been has have had its it this that these those his her their patient"
      + " injured worker s").split(" "));
  private static final Set<String> SIDES = Set.of("left", "right", "bilateral", "bilaterally");
  private static final Set<String> POLARITY = Set.of("positive", "negative");
  private static final Pattern LEVEL = Pattern.compile("^[ctls]\\d{1,2}$");
  private static final Pattern TOKEN = Pattern.compile("[a-z]+\\d*|\\d+(?:\\.\\d+)?");

  int tp;
  int fp;
  int fn;

  static Set<String> words(String s) {
    String low = (s == null ? "" : s).toLowerCase(Locale.ROOT).replaceAll("(\\d)([a-z])", "$1 $2");
    Set<String> out = new HashSet<>();
    Matcher m = TOKEN.matcher(low);
    while (m.find()) {
      if (!STOP.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  static boolean match(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    if (!(wb.containsAll(wa) || wa.containsAll(wb) || jaccard(wa, wb) >= 0.5)) {
      return false;
    }
    return agree(sides(wa), sides(wb)) && agree(filter(wa, POLARITY), filter(wb, POLARITY))
        && agree(levels(wa), levels(wb));
  }

  private static boolean agree(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  private static Set<String> sides(Set<String> ws) {
    Set<String> out = new HashSet<>();
    for (String w : ws) {
      if (SIDES.contains(w)) {
        out.add(w.startsWith("bilateral") ? "bilateral" : w);
      }
    }
    return out;
  }

  private static Set<String> filter(Set<String> ws, Set<String> keep) {
    Set<String> out = new HashSet<>(ws);
    out.retainAll(keep);
    return out;
  }

  private static Set<String> levels(Set<String> ws) {
    Set<String> out = new HashSet<>();
    for (String w : ws) {
      if (LEVEL.matcher(w).matches()) {
        out.add(w);
      }
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return union.isEmpty() ? 0 : (double) inter.size() / union.size();
  }

  /** Pairs one document's gold and predicted items and adds them to the counts. */
  void add(List<String> gold, List<String> predicted) {
    record Candidate(double overlap, int g, int p) {}
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < predicted.size(); j++) {
        if (match(gold.get(i), predicted.get(j))) {
          cands.add(new Candidate(-jaccard(words(gold.get(i)), words(predicted.get(j))), i, j));
        }
      }
    }
    cands.sort((x, y) -> x.overlap() != y.overlap() ? Double.compare(x.overlap(), y.overlap())
        : x.g() != y.g() ? Integer.compare(x.g(), y.g()) : Integer.compare(x.p(), y.p()));
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedP = new HashSet<>();
    int pairs = 0;
    for (Candidate c : cands) {
      if (!usedG.contains(c.g()) && !usedP.contains(c.p())) {
        usedG.add(c.g());
        usedP.add(c.p());
        pairs++;
      }
    }
    tp += pairs;
    fp += predicted.size() - pairs;
    fn += gold.size() - pairs;
  }

  double f1() {
    return 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
        (double) tp / Math.max(1, tp + fp), (double) tp / Math.max(1, tp + fn), f1(), tp, fp, fn);
  }
}
