package org.imrx.lexicon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.text.Span;

/**
 * The side a phrase names: {@code left}, {@code right} or {@code bilateral} ("bilateral knees",
 * "knees bilaterally", "right-sided", "both shoulders", "L knee"). Stateless and thread-safe.
 */
public final class Laterality {
  private static final Pattern BILATERAL = Pattern.compile("(?i)\\bbilateral(?:ly)?\\b|\\bboth\\b|\\bB/L\\b");
  private static final Pattern LEFT = Pattern.compile("(?i)\\bleft(?:-sided)?\\b|\\bLt\\.?(?=\\s)|\\bL(?=\\s+(?:knee|shoulder|hip|ankle|wrist|elbow|hand|foot|leg|arm)\\b)");
  private static final Pattern RIGHT = Pattern.compile("(?i)\\bright(?:-sided)?\\b|\\bRt\\.?(?=\\s)|\\bR(?=\\s+(?:knee|shoulder|hip|ankle|wrist|elbow|hand|foot|leg|arm)\\b)");

  private Laterality() {}

  /** The side stated in a span, or null; left and right together count as bilateral. */
  public static String of(CharSequence text, Span span) {
    CharSequence s = text.subSequence(span.start(), span.end());
    if (BILATERAL.matcher(s).find()) {
      return "bilateral";
    }
    boolean left = find(LEFT, s);
    boolean right = find(RIGHT, s);
    if (left && right) {
      return "bilateral";
    }
    return left ? "left" : right ? "right" : null;
  }

  public static String of(String s) {
    return of(s, new Span(0, s.length()));
  }

  private static boolean find(Pattern p, CharSequence s) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      // "right" in "all right" or "right away" is no side.
      String before = s.subSequence(Math.max(0, m.start() - 4), m.start()).toString().toLowerCase();
      String after = s.subSequence(m.end(), Math.min(s.length(), m.end() + 5)).toString().toLowerCase();
      if (before.endsWith("all ") || after.startsWith(" away") || after.startsWith(" now")) {
        continue;
      }
      return true;
    }
    return false;
  }
}
