package org.imrx.extract.medication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.lexicon.DosingLexicon;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.text.Span;

/**
 * Reads strength, form, route, frequency and quantity from the text after a drug's name with
 * bounded regular expressions and the routes, frequencies and forms of {@link DosingLexicon}.
 *
 * <p>It looks at most {@value #WINDOW} characters ahead and stops at a semicolon, a blank line or
 * the end of a sentence (a period before a capitalised word). The strength is the first amount
 * with a unit ("5 mg", "10/325mg", "7.5-325 mg", "1.3%", "10mg/1ml", "300mg/g"); a ratio without
 * unit counts only right after the name ("Norco 10/325", not "on 3/28/11", not "1-2 tabs"). The
 * quantity is "#60", "QTY: 2", "quantity 10", "dispense 30", or a weight or volume after the
 * strength ("20%, 240 grams"). Frequencies next to each other are one ("every 4-6 hours as needed":
 * Q4-6H PRN); "every N hours" and "N times a day" are read for any N. Stateless and thread-safe.
 */
public final class RegexDoseParser implements DoseParser {
  /** How far after the drug's name the parser looks, in characters. */
  public static final int WINDOW = 120;

  private static final String NUM = "(?:\\d{1,5}(?:\\.\\d{1,4})?|\\.\\d{1,4})";
  private static final String UNIT = "(?:mg|mcg|µg|ug|gm|grams?|g|ml|cc|%|units?|iu|meq|mmol|l)(?![A-Za-z])";
  private static final String PART = NUM + "(?:\\s{0,2}" + UNIT + ")?";
  private static final String PER = "(?:ml|g|gm|hr|hrs|h|day|24\\s?hrs?|hours?|actuation|spray|dose)(?![A-Za-z])";
  private static final Pattern STRENGTH = Pattern.compile("(?<![\\w.#/,])" + PART
      + "(?:\\s{0,2}[/-]\\s{0,2}" + PART + "){0,3}(?:\\s{0,2}/\\s{0,2}" + PER + ")?(?![\\w%])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern UNITLESS_RATIO = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,3})?)\\s{0,2}([/-])\\s{0,2}(\\d{1,4}(?:\\.\\d{1,3})?)");
  private static final Pattern COUNTED_AFTER = Pattern.compile("\\s{0,3}(?:tab|tabs|tablets?|caps?|capsules?|pills?|puffs?|times|x\\b|to\\b|days?|weeks?|hours?|hrs?)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_GAP = Pattern.compile("[\\s(,:]{0,3}");
  private static final Pattern QUANTITY = Pattern.compile(
      "#\\s{0,2}(\\d{1,5})(?!\\d)|\\b(?:qty|quantity|quant|disp|dispense|dispensed)\\b\\.?\\s{0,2}(?:of\\s{1,2})?[:#=]?\\s{0,3}#?\\s{0,2}(\\d{1,5})(?![\\d.])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AMOUNT = Pattern.compile("(?<![\\w.#/])(" + NUM + ")\\s{0,2}(?:grams?|gm|g|ml|oz)(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
  private static final Pattern EVERY_HOURS = Pattern.compile(
      "\\b(?:every|q)\\s{0,2}(\\d{1,2})(?:\\s{0,2}(?:-|to)\\s{0,2}(\\d{1,2}))?\\s{0,2}(?:hours?|hrs?|h)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TIMES_PER = Pattern.compile(
      "\\b(one|two|three|four|five|six|\\d{1,2})\\s{0,2}(?:x|times)\\s{0,2}(?:a|per|/|each|every)?\\s{0,2}(day|daily|d|week|weekly|wk)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FREQUENCY_GAP = Pattern.compile("[\\s,()\\-]{0,4}(?:(?:and|or|then)\\s{1,2})?");
  private static final Pattern STOP = Pattern.compile(";|\\n\\s*\\n|\\.\\s{1,3}(?=[A-Z][a-z])");
  private static final Map<String, Integer> WORD_NUMBERS = Map.of("one", 1, "two", 2, "three", 3,
      "four", 4, "five", 5, "six", 6);
  private static final String[] DAILY = {null, "QD", "BID", "TID", "QID"};
  private static final String[] WEEKLY = {null, "WK", "BIW", "TIW"};

  private final DosingLexicon lexicon;

  public RegexDoseParser(DosingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Dose parse(CharSequence text, int from, int end) {
    int limit = Math.min(Math.min(end, text.length()), from + WINDOW);
    if (from >= limit) {
      return Dose.NONE;
    }
    Matcher stop = STOP.matcher(text).region(from, limit);
    if (stop.find()) {
      limit = stop.start() + (text.charAt(stop.start()) == '.' ? 1 : 0);
    }
    DoseAttribute strength = strength(text, from, limit);
    DoseAttribute quantity = quantity(text, from, limit, strength);
    DoseAttribute route = null;
    List<PhraseMatcher.Match<DosingLexicon.Route>> routes = lexicon.routes(text, from, limit);
    if (!routes.isEmpty()) {
      route = attribute(text, routes.get(0).span(), routes.get(0).value().name());
    }
    DoseAttribute form = null;
    List<PhraseMatcher.Match<DosingLexicon.DoseForm>> forms = lexicon.forms(text, from, limit);
    if (!forms.isEmpty()) {
      form = attribute(text, forms.get(0).span(), forms.get(0).value().name());
    }
    return new Dose(strength, form, route, frequency(text, from, limit), quantity);
  }

  private static DoseAttribute strength(CharSequence text, int from, int limit) {
    Matcher m = STRENGTH.matcher(text).region(from, limit);
    while (m.find()) {
      String s = m.group();
      if (s.chars().anyMatch(c -> Character.isLetter(c) || c == '%')) {
        return attribute(text, new Span(m.start(), m.end()), s.replaceAll("\\s+", ""));
      }
      Matcher r = UNITLESS_RATIO.matcher(s);
      boolean nextToName = NAME_GAP.matcher(text).region(from, m.start()).matches();
      if (nextToName && r.matches()
          && (r.group(2).equals("/") || Double.parseDouble(r.group(3)) >= 100)
          && !COUNTED_AFTER.matcher(text).region(m.end(), limit).lookingAt()) {
        return attribute(text, new Span(m.start(), m.end()), s.replaceAll("\\s+", ""));
      }
    }
    return null;
  }

  private static DoseAttribute quantity(CharSequence text, int from, int limit, DoseAttribute strength) {
    Matcher m = QUANTITY.matcher(text).region(from, limit);
    if (m.find()) {
      return attribute(text, new Span(m.start(), m.end()), m.group(1) != null ? m.group(1) : m.group(2));
    }
    if (strength != null) {
      Matcher a = AMOUNT.matcher(text).region(strength.span().end(), limit);
      if (a.find()) {
        return attribute(text, new Span(a.start(), a.end()), a.group().replaceAll("\\s+", ""));
      }
    }
    return null;
  }

  private DoseAttribute frequency(CharSequence text, int from, int limit) {
    List<Located> found = new ArrayList<>();
    for (PhraseMatcher.Match<String> m : lexicon.frequencies(text, from, limit)) {
      found.add(new Located(m.span(), m.value()));
    }
    Matcher h = EVERY_HOURS.matcher(text).region(from, limit);
    while (h.find()) {
      found.add(new Located(new Span(h.start(), h.end()),
          "Q" + h.group(1) + (h.group(2) != null ? "-" + h.group(2) : "") + "H"));
    }
    Matcher t = TIMES_PER.matcher(text).region(from, limit);
    while (t.find()) {
      String n = t.group(1).toLowerCase(Locale.ROOT);
      int times = WORD_NUMBERS.containsKey(n) ? WORD_NUMBERS.get(n) : Integer.parseInt(n);
      boolean weekly = t.group(2).toLowerCase(Locale.ROOT).startsWith("w");
      String[] codes = weekly ? WEEKLY : DAILY;
      String code = times > 0 && times < codes.length ? codes[times]
          : times + (weekly ? " TIMES WEEKLY" : " TIMES DAILY");
      found.add(new Located(new Span(t.start(), t.end()), code));
    }
    if (found.isEmpty()) {
      return null;
    }
    found.sort((a, b) -> a.span.compareTo(b.span));
    Located first = found.get(0);
    int s = first.span.start();
    int e = first.span.end();
    Set<String> codes = new LinkedHashSet<>();
    codes.add(first.code);
    for (int i = 1; i < found.size(); i++) {
      Located next = found.get(i);
      if (next.span.start() < e) {
        continue; // overlaps one already taken (the lexicon's and the rule's reading of a phrase)
      }
      if (!FREQUENCY_GAP.matcher(text).region(e, next.span.start()).matches()) {
        break;
      }
      codes.add(next.code);
      e = next.span.end();
    }
    return attribute(text, new Span(s, e), String.join(" ", codes));
  }

  private record Located(Span span, String code) {}

  private static DoseAttribute attribute(CharSequence text, Span span, String normal) {
    return new DoseAttribute(span.text(text), normal, span);
  }
}
