package org.imrx.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
  /** The words a bare year follows ("in 2014", "since 2015"). */
  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of("in", "since", "during", "of", "from", "until", "by");
  /** How far before a month word a day ("28th of March") may begin. */
  private static final int DAY_BEFORE_MONTH = 10;
  /** How far after a month word's start its year may end ("September, 2016"). */
  private static final int MONTH_AND_YEAR = 24;
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
    Matcher m;
    // Numeric shapes start at a digit no word character, slash, dot or hyphen precedes; they are
    // tried there only (a lookbehind at every position was the finder's main cost).
    for (int at = start; at < end; at++) {
      if (!isDigit(text.charAt(at)) || (at > start && joins(text.charAt(at - 1)))) {
        continue;
      }
      m = NUMERIC.matcher(text).region(at, end);
      if (m.lookingAt()) {
        add(found, m, iso(year(m.group(4)), num(m.group(1)), num(m.group(3))));
      }
      m = ISO.matcher(text).region(at, end);
      if (m.lookingAt()) {
        add(found, m, iso(num(m.group(1)), num(m.group(2)), num(m.group(3))));
      }
      m = NUMERIC_MONTH_YEAR.matcher(text).region(at, end);
      if (m.lookingAt()) {
        add(found, m, yearMonth(num(m.group(2)), num(m.group(1))));
      }
    }
    // The month-name shapes are tried only where a month word starts: scanning every position
    // with three case-insensitive alternations cost more than the rest of the finder together.
    for (int at : monthWords(text, start, end)) {
      m = MONTH_DAY_YEAR.matcher(text).region(at, end).useTransparentBounds(true);
      if (m.lookingAt()) {
        add(found, m, iso(num(m.group(3)), month(m.group(1)), num(m.group(2))));
      }
      m = MONTH_YEAR.matcher(text).region(at, end).useTransparentBounds(true);
      if (m.lookingAt()) {
        add(found, m, yearMonth(num(m.group(2)), month(m.group(1))));
      }
      m = DAY_MONTH_YEAR.matcher(text)
          .region(Math.max(start, at - DAY_BEFORE_MONTH), Math.min(end, at + MONTH_AND_YEAR))
          .useTransparentBounds(true);
      while (m.find() && m.start() < at) {
        if (m.start(2) == at) {
          add(found, m, iso(num(m.group(3)), month(m.group(2)), num(m.group(1))));
        }
      }
    }
    if (bareYears) {
      bareYears(text, start, end, found);
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

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A character that makes a digit after it part of a longer token ("x10", "3/4", "1.5"). */
  private static boolean joins(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '/'
        || c == '.' || c == '-';
  }

  /** The first letters of the months, lower case: other words need no closer look. */
  private static final String MONTH_INITIALS = "jfmasond";

  /** Where words begin whose first three letters name a month ("Mar", "march", "SEPT"). */
  private static List<Integer> monthWords(CharSequence text, int start, int end) {
    List<Integer> out = new ArrayList<>();
    for (int i = start; i + 3 <= end; i++) {
      if (!Character.isLetter(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      if (MONTH_INITIALS.indexOf(Character.toLowerCase(text.charAt(i))) < 0) {
        continue;
      }
      String prefix = text.subSequence(i, i + 3).toString().toLowerCase(Locale.ROOT);
      if (MONTHS.containsKey(prefix)) {
        out.add(i);
      }
    }
    return out;
  }

  /** "in 2014": a year of 19xx or 20xx right after one of the prepositions, as its own word. */
  private static void bareYears(CharSequence text, int start, int end, List<DateMention> out) {
    for (int i = start; i + 4 <= end; i++) {
      char c0 = text.charAt(i);
      if (!((c0 == '1' && text.charAt(i + 1) == '9') || (c0 == '2' && text.charAt(i + 1) == '0'))
          || !Character.isDigit(text.charAt(i + 2)) || !Character.isDigit(text.charAt(i + 3))
          || (i + 4 < text.length() && Character.isLetterOrDigit(text.charAt(i + 4)))
          || (i + 5 < text.length() && (text.charAt(i + 4) == '/' || text.charAt(i + 4) == '-')
              && Character.isDigit(text.charAt(i + 5)))
          || i < start + 3 || text.charAt(i - 1) != ' ') {
        continue;
      }
      int w = i - 1;
      while (w > start && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      boolean wordStart = w == 0 || !Character.isLetterOrDigit(text.charAt(w - 1));
      String word = text.subSequence(w, i - 1).toString().toLowerCase(Locale.ROOT);
      if (wordStart && YEAR_PREPOSITIONS.contains(word)) {
        out.add(new DateMention(new Span(i, i + 4), text.subSequence(i, i + 4).toString()));
      }
    }
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
