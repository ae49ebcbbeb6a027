package org.imrx.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two list items name the same thing, as {@code ../shared/ANNOTATION.md} defines it and
 * {@code score.py} computes it: lower-cased and reduced to content words (numbers split from
 * units, {@code /} splitting words, stop words dropped), one's words are contained in the
 * other's or their Jaccard overlap is at least 0.5; and where both name a side
 * (left/right/bilateral), a polarity (positive/negative) or a spinal level (C5, L4), they name
 * the same. Stateless and thread-safe.
 */
public final class SoftMatcher {
  private static final Set<String> STOP = Set.of(("a an the of and or with to for in on at by"
      + " from as is was were be been has have had its it this that these those his her their"
      + " patient injured worker s").split(" "));
  private static final Set<String> SIDES = Set.of("left", "right", "bilateral", "bilaterally");
  private static final Set<String> POLARITY = Set.of("positive", "negative");
  // UNICODE_CHARACTER_CLASS: Python's \d matches every decimal digit, not only ASCII ones.
  private static final Pattern DIGIT_LETTER = Pattern.compile("(\\d)([a-z])", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern TOKEN = Pattern.compile("[a-z]+\\d*|\\d+(?:\\.\\d+)?", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern LEVEL = Pattern.compile("[ctls]\\d{1,2}", Pattern.UNICODE_CHARACTER_CLASS);

  /** Lower-cased tokens: runs of letters (with trailing digits, "l4") and numbers ("10", "2.5"). */
  public List<String> tokens(String s) {
    String lower = DIGIT_LETTER.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT)).replaceAll("$1 $2");
    Matcher m = TOKEN.matcher(lower);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The content words of a string, as a set in order of first occurrence. */
  public Set<String> words(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : tokens(s)) {
      if (!STOP.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  public boolean matches(String a, String b) {
    return matches(words(a), words(b));
  }

  /** {@link #matches(String, String)} over content words already computed. */
  public boolean matches(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int common = intersection(a, b);
    int union = a.size() + b.size() - common;
    boolean similar = common == a.size() || common == b.size() || 2 * common >= union;
    return similar && agree(sides(a), sides(b)) && agree(polarities(a), polarities(b))
        && agree(levels(a), levels(b));
  }

  /** Word overlap (Jaccard) of two sets of content words: what pairing ranks candidates by. */
  public double overlap(Set<String> a, Set<String> b) {
    int common = intersection(a, b);
    return (double) common / Math.max(1, a.size() + b.size() - common);
  }

  private static int intersection(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) {
      if (b.contains(w)) {
        n++;
      }
    }
    return n;
  }

  private static boolean agree(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  private static Set<String> sides(Set<String> words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      if (SIDES.contains(w)) {
        out.add(w.startsWith("bilateral") ? "bilateral" : w);
      }
    }
    return out;
  }

  private static Set<String> polarities(Set<String> words) {
    Set<String> out = new java.util.HashSet<>(words);
    out.retainAll(POLARITY);
    return out;
  }

  private static Set<String> levels(Set<String> words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      if (LEVEL.matcher(w).matches()) {
        out.add(w);
      }
    }
    return out;
  }
}
