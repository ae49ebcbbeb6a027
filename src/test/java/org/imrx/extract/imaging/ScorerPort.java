package org.imrx.extract.imaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list-item matching of {@code ../shared/tools/score.py} (soft_match and pair), ported so
 * that corpus tests score as the reference scorer does.
 */
final class ScorerPort {
  private static final Set<String> STOP = Set.of(("a an the of and or with to for in on at by from"
      + " as is was were be been has have had its it this that these those his her their patient"
      + " injured worker s").split(" "));
  private static final Set<String> SIDES = Set.of("left", "right", "bilateral", "bilaterally");
  private static final Set<String> POLARITY = Set.of("positive", "negative");
  private static final Pattern LEVEL = Pattern.compile("^[ctls]\\d{1,2}$");
  private static final Pattern UNIT = Pattern.compile("(\\d)([a-z])");
  private static final Pattern TOKEN = Pattern.compile("[a-z]+\\d*|\\d+(?:\\.\\d+)?");

  /** True positives, false positives, false negatives. */
  record Count(int tp, int fp, int fn) {
    Count plus(Count o) {
      return new Count(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    double f1() {
      return tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2.0 * tp + fp + fn);
    }
  }

  private ScorerPort() {}

  static Set<String> words(String s) {
    String t = UNIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("$1 $2");
    Set<String> out = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(t);
    while (m.find()) {
      if (!STOP.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  static boolean softMatch(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    if (!(wa.containsAll(wb) || wb.containsAll(wa) || jaccard(wa, wb) >= 0.5)) {
      return false;
    }
    return agree(sides(wa), sides(wb)) && agree(filter(wa, POLARITY), filter(wb, POLARITY))
        && agree(levels(wa), levels(wb));
  }

  static Count score(List<String> gold, List<String> predicted) {
    List<double[]> cands = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < predicted.size(); j++) {
        if (softMatch(gold.get(i), predicted.get(j))) {
          cands.add(new double[] {-jaccard(words(gold.get(i)), words(predicted.get(j))), i, j});
        }
      }
    }
    cands.sort(Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1])
        .thenComparingDouble(c -> c[2]));
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedP = new HashSet<>();
    int tp = 0;
    for (double[] c : cands) {
      if (!usedG.contains((int) c[1]) && !usedP.contains((int) c[2])) {
        usedG.add((int) c[1]);
        usedP.add((int) c[2]);
        tp++;
      }
    }
    return new Count(tp, predicted.size() - tp, gold.size() - tp);
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> i = new HashSet<>(a);
    i.retainAll(b);
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return (double) i.size() / Math.max(1, u.size());
  }

  private static boolean agree(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  private static Set<String> sides(Set<String> w) {
    Set<String> out = new HashSet<>();
    for (String x : w) {
      if (SIDES.contains(x)) {
        out.add(x.startsWith("bilateral") ? "bilateral" : x);
      }
    }
    return out;
  }

  private static Set<String> filter(Set<String> w, Set<String> keep) {
    Set<String> out = new HashSet<>(w);
    out.retainAll(keep);
    return out;
  }

  private static Set<String> levels(Set<String> w) {
    Set<String> out = new HashSet<>();
    for (String x : w) {
      if (LEVEL.matcher(x).matches()) {
        out.add(x);
      }
    }
    return out;
  }
}
