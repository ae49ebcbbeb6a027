package org.imrx.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.text.Span;

/**
 * Finds and normalises dates in the shapes clinical and IMR texts use: 10/13/2016, 3-28-11,
 * 10-1- 15, 2016-10-13, March 28, 2011, Mar. 28 2011, 28 March 2011, 03/2016, March 2016, and
 * (where asked) a bare year after "in" or "since". Two-digit years 00-49 are read as 20xx,
 * 50-99 as 19xx. Impossible dates (13/45/2016) are skipped. Stateless and thread-safe.
 */
public final class RegexDateFinder {
  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?"
      + "|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\w/.-])(\\d{1,2}) ?([-/.]) ?(\\d{1,2}) ?\\2 ?(\\d{4}|\\d{2})(?![\\w/-]|\\.\\d)");
  private static final Pattern ISO = Pattern.compile(
      "(?<![\\w/.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\w/-])");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\.?\\s?(\\d{1,2})(?:st|nd|rd|th)?,?\\s?(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?" + MONTH + "\\.?,?\\s(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\.?,?\\s(?:of\\s)?(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC_MONTH_YEAR = Pattern.compile(
      "(?<![\\w/.-])(\\d{1,2})[/-](\\d{4})(?![\\w/-])");
  private static final Pattern YEAR = Pattern.compile(
      "(?i)\\b(?:in|since|during|of|from|until|by) ((?:19|20)\\d{2})\\b(?![/-]\\d)");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private final boolean bareYears;

  /** @param bareYears whether to report a bare year ("in 2016") as a partial date */
  public RegexDateFinder(boolean bareYears) {
    this.bareYears = bareYears;
  }

  public RegexDateFinder() {
    this(false);
  }

  /** Every date in {@code [start, end)} of the text, in order, none overlapping. */
  public List<DateMention> find(CharSequence text, int start, int end) {
    List<DateMention> found = new ArrayList<>();
    Matcher m = NUMERIC.matcher(text).region(start, end);
    while (m.find()) {
      add(found, m, iso(year(m.group(4)), num(m.group(1)), num(m.group(3))));
    }
    m = ISO.matcher(text).region(start, end);
    while (m.find()) {
      add(found, m, iso(num(m.group(1)), num(m.group(2)), num(m.group(3))));
    }
    m = MONTH_DAY_YEAR.matcher(text).region(start, end);
    while (m.find()) {
      add(found, m, iso(num(m.group(3)), month(m.group(1)), num(m.group(2))));
    }
    m = DAY_MONTH_YEAR.matcher(text).region(start, end);
    while (m.find()) {
      add(found, m, iso(num(m.group(3)), month(m.group(2)), num(m.group(1))));
    }
    m = MONTH_YEAR.matcher(text).region(start, end);
    while (m.find()) {
      add(found, m, yearMonth(num(m.group(2)), month(m.group(1))));
    }
    m = NUMERIC_MONTH_YEAR.matcher(text).region(start, end);
    while (m.find()) {
      add(found, m, yearMonth(num(m.group(2)), num(m.group(1))));
    }
    if (bareYears) {
      m = YEAR.matcher(text).region(start, end);
      while (m.find()) {
        found.add(new DateMention(new Span(m.start(1), m.end(1)), m.group(1)));
      }
    }
    found.sort((a, b) -> a.span().compareTo(b.span()));
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : found) {
      if (out.isEmpty() || !out.get(out.size() - 1).span().overlaps(d.span())) {
        out.add(d);
      }
    }
    return out;
  }

  public List<DateMention> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  /** The ISO form of a text that is one date and nothing else, or null. */
  public String normalise(String s) {
    String t = s.strip();
    List<DateMention> all = find(t);
    if (all.size() == 1 && all.get(0).span().start() == 0 && all.get(0).span().end() == t.length()) {
      return all.get(0).iso();
    }
    return null;
  }

  private static void add(List<DateMention> out, Matcher m, String iso) {
    if (iso != null) {
      out.add(new DateMention(new Span(m.start(), m.end()), iso));
    }
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static int year(String s) {
    int y = Integer.parseInt(s);
    if (s.length() == 2) {
      y += y < 50 ? 2000 : 1900;
    }
    return y;
  }

  private static String iso(int year, int month, int day) {
    if (year < 1900 || year > 2099) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String yearMonth(int year, int month) {
    if (year < 1900 || year > 2099 || month < 1 || month > 12) {
      return null;
    }
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }
}
