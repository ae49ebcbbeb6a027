package org.imrx.extract.diagnosis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list-item matching of the workplace's reference scorer ({@code tools/score.py}), for tests:
 * two strings match when, reduced to their content words, one's words are contained in the
 * other's or their Jaccard overlap is at least 0.5, and where both state a side, a polarity or a
 * spinal level they state the same; pairs are taken greedily, best overlap first.
 */
final class SoftMatch {
  private static final Set<String> STOP = Set.of(("a an the of and or with to for in on at by from as is was "
      + "were be been has have had its it this that these those his her their patient injured worker s").split(" "));
  private static final Set<String> SIDES = Set.of("left", "right", "bilateral", "bilaterally");
  private static final Set<String> POLARITY = Set.of("positive", "negative");
  private static final Pattern LEVEL = Pattern.compile("^[ctls]\\d{1,2}$");
  private static final Pattern TOKEN = Pattern.compile("[a-z]+\\d*|\\d+(?:\\.\\d+)?");

  private SoftMatch() {}

  static Set<String> words(String s) {
    String l = s.toLowerCase(Locale.ROOT).replaceAll("(\\d)([a-z])", "$1 $2");
    Set<String> out = new HashSet<>();
    Matcher m = TOKEN.matcher(l);
    while (m.find()) {
      if (!STOP.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static List<Set<String>> qualifiers(Set<String> w) {
    Set<String> side = new HashSet<>();
    Set<String> pol = new HashSet<>();
    Set<String> lev = new HashSet<>();
    for (String x : w) {
      if (SIDES.contains(x)) {
        side.add(x.startsWith("bilateral") ? "bilateral" : x);
      }
      if (POLARITY.contains(x)) {
        pol.add(x);
      }
      if (LEVEL.matcher(x).matches()) {
        lev.add(x);
      }
    }
    return List.of(side, pol, lev);
  }

  static double overlap(Set<String> a, Set<String> b) {
    Set<String> i = new HashSet<>(a);
    i.retainAll(b);
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return u.isEmpty() ? 0 : (double) i.size() / u.size();
  }

  static boolean matches(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    if (!(wb.containsAll(wa) || wa.containsAll(wb) || overlap(wa, wb) >= 0.5)) {
      return false;
    }
    List<Set<String>> qa = qualifiers(wa);
    List<Set<String>> qb = qualifiers(wb);
    for (int k = 0; k < 3; k++) {
      if (!qa.get(k).isEmpty() && !qb.get(k).isEmpty() && !qa.get(k).equals(qb.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The number of one-to-one matched pairs between gold and predicted items. */
  static int matched(List<String> gold, List<String> predicted) {
    record Candidate(double score, int g, int p) {}
    List<Candidate> c = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < predicted.size(); j++) {
        if (matches(gold.get(i), predicted.get(j))) {
          c.add(new Candidate(overlap(words(gold.get(i)), words(predicted.get(j))), i, j));
        }
      }
    }
    c.sort((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score())
        : x.g() != y.g() ? Integer.compare(x.g(), y.g()) : Integer.compare(x.p(), y.p()));
    Set<Integer> ug = new HashSet<>();
    Set<Integer> up = new HashSet<>();
    int n = 0;
    for (Candidate x : c) {
      if (!ug.contains(x.g()) && !up.contains(x.p())) {
        ug.add(x.g());
        up.add(x.p());
        n++;
      }
    }
    return n;
  }
}
