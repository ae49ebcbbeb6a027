package org.imrx.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.text.Span;

/**
 * Spinal levels as clinicians write them ("C5", "C5-6", "C5-C6", "L4-L5", "L5-S1", "L1-L5",
 * "T12-L1"), normalised: a single level as written ("C5"), adjacent levels of one region in the
 * short form ("L4-5", "C7-8"), other ranges in full ("L1-L5", "L5-S1"). Stateless and thread-safe.
 */
public final class SpinalLevel {
  private static final Pattern LEVEL = Pattern.compile(
      "(?<![A-Za-z0-9])([CTLS])(\\d{1,2})(?:\\s?(?:-|to|through|/)\\s?([CTLS])?(\\d{1,2}))?(?![A-Za-z0-9])");

  /** "S1, S2" and "S1 and S2" are heart sounds. */
  private static final Pattern HEART_SOUNDS = Pattern.compile("(?i)\\bS1\\s*(?:,|and|&)\\s*S2\\b");

  private SpinalLevel() {}

  /** The normalised levels named in a span, in text order, without repeats; empty if none. */
  public static List<String> find(CharSequence text, Span span) {
    Set<String> out = new LinkedHashSet<>();
    if (HEART_SOUNDS.matcher(text).region(span.start(), span.end()).find()) {
      return List.of();
    }
    Matcher m = LEVEL.matcher(text).region(span.start(), span.end());
    while (m.find()) {
      String level = normalise(m.group(1), m.group(2), m.group(3), m.group(4));
      if (level != null) {
        out.add(level);
      }
    }
    return new ArrayList<>(out);
  }

  /** The levels of a span joined by ", ", or null where it names none. */
  public static String of(CharSequence text, Span span) {
    List<String> levels = find(text, span);
    return levels.isEmpty() ? null : String.join(", ", levels);
  }

  public static String of(String s) {
    return of(s, new Span(0, s.length()));
  }

  private static String normalise(String region, String number, String region2, String number2) {
    String r = region.toUpperCase(Locale.ROOT);
    int n = Integer.parseInt(number);
    if (!valid(r, n)) {
      return null;
    }
    if (number2 == null) {
      return r + n;
    }
    String r2 = region2 == null ? r : region2.toUpperCase(Locale.ROOT);
    int n2 = Integer.parseInt(number2);
    if (!valid(r2, n2)) {
      return r + n;
    }
    if (r2.equals(r) && n2 == n + 1) {
      return r + n + "-" + n2;
    }
    return r + n + "-" + r2 + n2;
  }

  /** C1-C8 (C8 is a nerve root), T1-T12, L1-L5 (L6 where transitional), S1-S5. */
  private static boolean valid(String region, int n) {
    return n >= 1 && switch (region) {
      case "C" -> n <= 8;
      case "T" -> n <= 12;
      case "L" -> n <= 6;
      default -> n <= 5;
    };
  }
}
