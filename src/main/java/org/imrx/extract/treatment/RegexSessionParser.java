package org.imrx.extract.treatment;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.Located;
import org.imrx.model.Sessions;
import org.imrx.text.Span;

/**
 * Reads how many sessions of a therapy the text states, as written: a count ("6 chiropractic
 * treatments", "twelve sessions", "#8", "x 12 sessions", "6 of 6 visits"), a weekly frequency and a
 * number of weeks ("3 times a week for 2 weeks", "twice weekly for three weeks", "2x4"). A range
 * ("1-2 times per week") gives its upper bound. A count that is not written is not computed.
 * Bounded regular expressions over a window the caller gives; stateless and thread-safe.
 */
public final class RegexSessionParser {
  private static final String WORD_NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|"
      + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-four|thirty|thirty-six";
  private static final String NUM = "(?:\\d{1,2}|" + WORD_NUMBER + ")";
  private static final String RANGE = NUM + "(?:\\s{0,2}(?:-|to|or)\\s{0,2}" + NUM + ")?";
  private static final Pattern PER_WEEK = Pattern.compile(
      "(?i)\\b(" + RANGE + "|once|twice)\\s{0,2}(?:x|times)?\\s{0,2}(?:a|per|/|each|every)?\\s{0,2}(?:week|wk)(?:ly)?\\b"
          + "(?:[\\s,]{0,3}(?:for|x|times|\u00d7)\\s{0,2}(" + RANGE + ")\\s{0,2}(?:weeks?|wks?)\\b)?");
  private static final Pattern COMPACT = Pattern.compile(
      "(?i)(?<![\\w/.-])(\\d{1,2})\\s{0,2}[x\u00d7]\\s{0,2}(\\d{1,2})(?![\\w%./-])");
  private static final Pattern COUNT = Pattern.compile(
      "(?i)(?<![\\w/.#-])(?:#\\s{0,2})?(" + NUM + ")\\s{1,3}(?:(?:of\\s{1,3}" + NUM + "\\s{1,3})|(?:(?!(?:weeks?|times|days?|months?)\\b)[A-Za-z()-]{1,20}\\s{1,3}){0,3})?"
          + "(?:sessions?|visits?|treatments?|session's)\\b");
  private static final Pattern TIMES_COUNT = Pattern.compile(
      "(?i)(?:\\bx|\\btimes|#|\u00d7)\\s{0,2}(?:at\\s{1,2}least\\s{1,2})?(\\d{1,2})(?![\\d%./])(?:\\s{0,2}(?:sessions?|visits?|treatments?))?");
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("eighteen", 18), Map.entry("twenty", 20),
      Map.entry("twenty-four", 24), Map.entry("thirty", 30), Map.entry("thirty-six", 36),
      Map.entry("once", 1), Map.entry("twice", 2));

  /** The sessions stated in {@code [from, to)} and the stretch that states them, or null. */
  public Located<Sessions> parse(CharSequence text, int from, int to) {
    if (from >= to) {
      return null;
    }
    Integer count = null;
    Integer perWeek = null;
    Integer weeks = null;
    int s = Integer.MAX_VALUE;
    int e = -1;
    Matcher m = PER_WEEK.matcher(text).region(from, to);
    if (m.find()) {
      perWeek = number(m.group(1));
      weeks = m.group(2) == null ? null : number(m.group(2));
      s = m.start();
      e = m.end();
    } else {
      Matcher c = COMPACT.matcher(text).region(from, to);
      if (c.find()) {
        perWeek = Integer.parseInt(c.group(1));
        weeks = Integer.parseInt(c.group(2));
        s = c.start();
        e = c.end();
      }
    }
    Matcher c = COUNT.matcher(text).region(from, to);
    if (c.find()) {
      count = number(c.group(1));
      s = Math.min(s, c.start());
      e = Math.max(e, c.end());
    } else {
      Matcher t = TIMES_COUNT.matcher(text).region(from, to);
      while (t.find()) {
        // "2x4" is read above; "x" here must stand alone ("x 12", "times 6", "#8")
        if (perWeek != null && t.start() >= s && t.start() < e) {
          continue;
        }
        count = Integer.parseInt(t.group(1));
        s = Math.min(s, t.start());
        e = Math.max(e, t.end());
        break;
      }
    }
    if (count == null && perWeek == null && weeks == null) {
      return null;
    }
    return new Located<>(new Sessions(count, perWeek, weeks), new Span(s, e));
  }

  /** A number as written, a range giving its upper bound ("1-2": 2). */
  static Integer number(String s) {
    String[] parts = s.toLowerCase(Locale.ROOT).strip().split("\\s*(?:\\bto\\b|\\bor\\b|(?<=\\w)-(?=\\d))\\s*");
    String last = parts[parts.length - 1].strip();
    if (WORDS.containsKey(last)) {
      return WORDS.get(last);
    }
    try {
      return Integer.parseInt(last);
    } catch (NumberFormatException ex) {
      return null;
    }
  }
}
