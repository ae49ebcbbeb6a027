package org.imrx.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference scorer's soft match ({@code ../shared/tools/score.py}): two phrases match when,
 * lower-cased and reduced to their content words (numbers split from units, "/" splitting
 * words), one's words are contained in the other's or their Jaccard overlap is at least 0.5, and
 * where both name a side, a polarity or a spinal level, they name the same. Also the scorer's
 * one-to-one pairing, best overlap first. Stateless and thread-safe.
 */
public final class SoftMatch {
  private static final Set<String> STOP = Set.of(("a an the of and or with to for in on at by from"
      + " as is was were be been has have had its it this that these those his her their patient"
      + " injured worker s").split(" "));
  private static final Set<String> SIDES = Set.of("left", "right", "bilateral", "bilaterally");
  private static final Set<String> POLARITY = Set.of("positive", "negative");
  private static final Pattern LEVEL = Pattern.compile("^[ctls]\\d{1,2}$");
  private static final Pattern UNIT = Pattern.compile("(\\d)([a-z])");
  private static final Pattern TOKEN = Pattern.compile("[a-z]+\\d*|\\d+(?:\\.\\d+)?");

  private SoftMatch() {}

  /** Lower-cased tokens, numbers split from units ("10mg" gives "10", "mg"). */
  public static List<String> tokens(String s) {
    String t = UNIT.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT)).replaceAll("$1 $2");
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(t);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The content words: tokens that are not stop words. */
  public static Set<String> words(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : tokens(s)) {
      if (!STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  public static boolean matches(String a, String b) {
    return matches(Phrase.of(a), Phrase.of(b));
  }

  /** A phrase reduced to what the match compares, computed once. */
  private record Phrase(Set<String> words, Set<String> sides, Set<String> polarity, Set<String> levels) {
    static Phrase of(String s) {
      Set<String> w = SoftMatch.words(s);
      return new Phrase(w, SoftMatch.sides(w), filter(w, POLARITY), SoftMatch.levels(w));
    }
  }

  private static boolean matches(Phrase a, Phrase b) {
    Set<String> wa = a.words();
    Set<String> wb = b.words();
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    if (!(wa.containsAll(wb) || wb.containsAll(wa) || overlap(wa, wb) >= 0.5)) {
      return false;
    }
    return agree(a.sides(), b.sides()) && agree(a.polarity(), b.polarity()) && agree(a.levels(), b.levels());
  }

  /** Jaccard overlap of the content words of two phrases. */
  public static double overlap(String a, String b) {
    return overlap(words(a), words(b));
  }

  private static double overlap(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
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

  /** A pair of indexes into two lists. */
  public record Pair(int left, int right) {}

  /** One-to-one pairs of soft-matching phrases, best overlap first, ties by order. */
  public static List<Pair> pair(List<String> left, List<String> right) {
    return pair(left, right, (i, j) -> true);
  }

  /**
   * One-to-one pairs of soft-matching phrases that {@code alsoAgree} accepts (indexes into the
   * two lists), best overlap first, ties by order.
   */
  public static List<Pair> pair(List<String> left, List<String> right,
      BiPredicate<Integer, Integer> alsoAgree) {
    record Candidate(double score, int i, int j) {}
    List<Phrase> l = left.stream().map(Phrase::of).toList();
    List<Phrase> r = right.stream().map(Phrase::of).toList();
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      for (int j = 0; j < r.size(); j++) {
        if (matches(l.get(i), r.get(j)) && alsoAgree.test(i, j)) {
          cands.add(new Candidate(overlap(l.get(i).words(), r.get(j).words()), i, j));
        }
      }
    }
    cands.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
        .thenComparingInt(Candidate::i).thenComparingInt(Candidate::j));
    Set<Integer> usedL = new HashSet<>();
    Set<Integer> usedR = new HashSet<>();
    List<Pair> out = new ArrayList<>();
    for (Candidate c : cands) {
      if (!usedL.contains(c.i()) && !usedR.contains(c.j())) {
        usedL.add(c.i());
        usedR.add(c.j());
        out.add(new Pair(c.i(), c.j()));
      }
    }
    return out;
  }
}
