package org.imrx.extract.letter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.Located;
import org.imrx.extract.dates.DateMention;
import org.imrx.extract.dates.RegexDateFinder;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * Reads the header of a determination letter by its labels: Case Number, Date Assigned, Date of
 * Injury, Decision Date, UR Denial Date, Priority and Application Received (which the letters'
 * table wraps as "Application 12/27/2016 Received:"). Labels are looked for in the header section,
 * or in the opening of the text where there is none. Stateless and thread-safe.
 */
public final class RegexHeaderExtractor implements Extractor<Header> {
  private static final int NO_SECTION_WINDOW = 3000;
  private static final Pattern CASE_NUMBER = Pattern.compile(
      "(?i)Case\\s+(?:Number|No\\.?|#)\\s*:?\\s*([A-Z]{2,3}\\d{2}-\\d{5,8})\\b");
  private static final Pattern ASSIGNED = label("Date\\s+Assigned");
  private static final Pattern INJURY = label("Date\\s+of\\s+Injury");
  private static final Pattern DECISION = label("Decision\\s+Date");
  private static final Pattern UR_DENIAL = label("UR\\s+Denial\\s+Date");
  private static final Pattern APPLICATION = Pattern.compile(
      "(?i)Application(?:\\s+Received)?\\s*:?\\s*");
  private static final Pattern PRIORITY = Pattern.compile(
      "(?i)Priority\\s*:\\s*(Standard|Expedited|Urgent|Regular)\\b");
  private static final Pattern TRAILING_RECEIVED = Pattern.compile("(?i)\\s*Received\\s*:?");

  private final RegexDateFinder dates;

  public RegexHeaderExtractor(RegexDateFinder dates) {
    this.dates = dates;
  }

  private static Pattern label(String words) {
    return Pattern.compile("(?i)\\b" + words + "\\s*:\\s*");
  }

  @Override
  public Header extract(AnnotatedDocument doc) {
    String text = doc.text();
    Span region = doc.section("header").map(Section::body)
        .orElse(new Span(0, Math.min(text.length(), NO_SECTION_WINDOW)));
    return new Header(
        caseNumber(text, region),
        dateAfter(text, region, ASSIGNED),
        dateAfter(text, region, INJURY),
        dateAfter(text, region, DECISION),
        dateAfter(text, region, UR_DENIAL),
        applicationReceived(text, region),
        priority(text, region));
  }

  private static Located<String> caseNumber(String text, Span region) {
    Matcher m = CASE_NUMBER.matcher(text).region(region.start(), region.end());
    return m.find() ? new Located<>(m.group(1).toUpperCase(java.util.Locale.ROOT),
        new Span(m.start(1), m.end(1))) : null;
  }

  private Located<String> dateAfter(String text, Span region, Pattern label) {
    Matcher m = label.matcher(text).region(region.start(), region.end());
    while (m.find()) {
      Located<String> d = dateAt(text, m.end(), region.end());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The date that begins right at {@code at}, if one does. */
  private Located<String> dateAt(String text, int at, int limit) {
    List<DateMention> found = dates.find(text, at, Math.min(limit, at + 40));
    if (!found.isEmpty() && found.get(0).span().start() == at) {
      return new Located<>(found.get(0).iso(), found.get(0).span());
    }
    return null;
  }

  private Located<String> applicationReceived(String text, Span region) {
    Matcher m = APPLICATION.matcher(text).region(region.start(), region.end());
    while (m.find()) {
      Located<String> d = dateAt(text, m.end(), region.end());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static Located<String> priority(String text, Span region) {
    Matcher m = PRIORITY.matcher(text).region(region.start(), region.end());
    if (!m.find()) {
      return null;
    }
    String p = m.group(1);
    String value = Character.toUpperCase(p.charAt(0)) + p.substring(1).toLowerCase(java.util.Locale.ROOT);
    return new Located<>(value, new Span(m.start(1), m.end(1)));
  }
}
