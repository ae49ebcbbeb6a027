package org.imrx.extract.injury;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.Located;
import org.imrx.extract.dates.DateMask;
import org.imrx.extract.dates.DateMention;
import org.imrx.text.Span;

/**
 * How and when the worker was injured, from the clinical region: the mechanism as the text words
 * it ("The mechanism of injury is detailed as a fall", "sustained an industrial injury on
 * 10-16-16 while lifting a box" gives "while lifting a box", "injured her back when she slipped
 * and fell") and the injury date ("Date of injury: 03/15/2016", "DOI 3/15/16", "injured on ...",
 * "fell at home on 05/05/03"); only a full date counts as the injury date. Dates are masked
 * as {@code #} so that one pattern covers every written form. Stateless and thread-safe.
 */
public final class RegexInjuryExtractor implements Extractor<InjuryFacts> {
  /** Where the mechanism starts; it runs to the end of its sentence or clause. */
  private static final String MECHANISM = "(?<m>)(?=[\\w\"'])";
  private static final int MAX_MECHANISM = 250;
  private static final String CAUSE = "(?:while|when|after|as\\s+a\\s+result\\s+of|due\\s+to|from|secondary\\s+to"
      + "|resulting\\s+from|caused\\s+by|in\\s+a|by\\s+a|lifting|pushing|pulling|carrying|falling|slipping|tripping)";
  private static final List<Pattern> MECHANISMS = List.of(
      Pattern.compile("(?i)mechanism\\s+of\\s+(?:the )?injury\\s*(?:is|was|:)?\\s*(?:(?:detailed|described|documented"
          + "|noted|reported|listed|given|stated|indicated)\\s+)?(?:as\\s+|to\\s+(?:be|have\\s+been)\\s+)?(?:being\\s+"
          + "|occurring\\s+|having\\s+)?(?:occurred\\s+)?" + MECHANISM),
      Pattern.compile("(?i)(?:sustained|suffered|incurred|reported|had|has)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?"
          + "injur(?:y|ies)(?:\\s+to\\s+(?:his|her|their|the)\\s+[\\w -]{1,30}?)?(?:\\s+(?:on|of|in|dated)\\s+#+)?"
          + ",?\\s+(?=" + CAUSE + "\\b)" + MECHANISM),
      Pattern.compile("(?i)injured\\s+(?:his|her|their|the)\\s+(?:[\\w-]+\\s+){1,4}?(?:(?:on|in)\\s+#+,?\\s+)?"
          + "(?=(?:while|when|after|as\\s+a\\s+result\\s+of|due\\s+to|lifting|pushing|pulling|carrying)\\b)" + MECHANISM),
      Pattern.compile("(?i)(?:was|were|got)\\s+injured\\s+(?:at\\s+work\\s+|on\\s+the\\s+job\\s+)?(?:(?:on|in)\\s+#+,?\\s+)?"
          + "(?=" + CAUSE + "\\b)" + MECHANISM),
      Pattern.compile("(?i)injur(?:y|ies)\\s+(?:occurred|happened|took\\s+place)\\s+(?:(?:on|in)\\s+#+,?\\s+)?"
          + "(?=(?:while|when|after|as|due\\s+to)\\b)" + MECHANISM));
  private static final Pattern UNSTATED = Pattern.compile(
      "(?i)^(?:unclear|unknown|not\\s+(?:documented|stated|described|known|specified|provided)|none)\\b");
  private static final List<Pattern> INJURY_DATES = List.of(
      Pattern.compile("(?i)\\b(?:date\\s+of\\s+(?:the )?injury|D\\.?O\\.?I\\.?|injury\\s+date)\\s*(?:is|was|of|:|-)?\\s*"
          + "(?:on\\s+)?(?<d>#+)"),
      Pattern.compile("(?i)\\binjured\\s+(?:at\\s+work\\s+|on\\s+the\\s+job\\s+|at\\s+home\\s+)?(?:on|of)\\s+(?<d>#+)"),
      Pattern.compile("(?i)\\binjur(?:y|ies)\\s+(?:on|of|dated|occurring\\s+on|that\\s+occurred\\s+on)\\s+(?<d>#+)"),
      Pattern.compile("(?i)\\b(?:fell|fall|slipped|tripped|accident|MVA|MVC|collision)\\b[^.;\\n#]{0,60}?\\bon\\s+(?<d>#+)"));

  @Override
  public InjuryFacts extract(AnnotatedDocument doc) {
    String text = doc.text();
    Span region = doc.clinicalRegion();
    List<DateMention> found = doc.datesIn(region, false);
    String masked = DateMask.mask(text, found);
    return new InjuryFacts(mechanism(doc, text, masked, region), injuryDate(masked, found, region));
  }

  /** The first pattern that finds a stated mechanism wins; they are in order of reliability. */
  private static Located<String> mechanism(AnnotatedDocument doc, String text, String masked,
      Span region) {
    for (Pattern p : MECHANISMS) {
      Matcher m = p.matcher(masked).region(region.start(), region.end());
      while (m.find()) {
        Span s = clause(doc, text, m.start("m"));
        String value = text.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
        if (value.length() < 3 || UNSTATED.matcher(value).find()) {
          continue;
        }
        return new Located<>(value, s);
      }
    }
    return null;
  }

  /** From an offset to the end of its sentence or clause, without the closing punctuation. */
  private static Span clause(AnnotatedDocument doc, String text, int start) {
    int end = Math.min(text.length(), start + MAX_MECHANISM);
    for (Span sentence : doc.sentences()) {
      if (sentence.contains(start)) {
        end = Math.min(end, sentence.end());
        break;
      }
    }
    int semi = text.indexOf(';', start);
    if (semi >= 0 && semi < end) {
      end = semi;
    }
    while (end > start && ".,;: \n\t".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return new Span(start, end).trim(text);
  }

  /** The first pattern that finds a full date wins; a labelled date before a narrated one. */
  private static Located<String> injuryDate(String masked, List<DateMention> found, Span region) {
    for (Pattern p : INJURY_DATES) {
      Matcher m = p.matcher(masked).region(region.start(), region.end());
      while (m.find()) {
        DateMention d = DateMask.at(found, m.start("d"));
        if (d != null && !d.partial()) {
          return new Located<>(d.iso(), d.span());
        }
      }
    }
    return null;
  }
}
