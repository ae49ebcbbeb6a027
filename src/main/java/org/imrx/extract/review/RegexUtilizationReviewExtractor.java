package org.imrx.extract.review;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.Located;
import org.imrx.extract.dates.DateMention;
import org.imrx.text.Span;

/**
 * The first utilization review decision the clinical region states: a sentence naming the review
 * ("utilization review", "UR", "prior determination", "the claims administrator") and its
 * outcome ("non-certified", "denied", "failed to approve", "modified", "partially approved",
 * "certified"), with the date written nearest to the review ("The original utilization review
 * (11-22-16) denied ...", "On 12-12-2016 Utilization Review non-certified ..."). A request "was
 * the original request ... was authorized" is a modification. Stateless and thread-safe.
 */
public final class RegexUtilizationReviewExtractor implements Extractor<ReviewFacts> {
  private static final Pattern REVIEW = Pattern.compile(
      "(?i)\\butilization\\s+review\\b|\\bUR\\b|\\b(?:prior|previous|original)\\s+(?:determination|review|denial)"
          + "|\\bclaims\\s+administrator\\b|\\bdetermination\\s+letter\\b|\\bpreviously\\s+(?:reviewed|denied|non-?certified)"
          );
  private static final Pattern OUTCOME = Pattern.compile("(?i)(?<![\\w-])(?:"
      + "(?<nc>non-?\\s?certif\\w*|noncertif\\w*|not\\s+certified|denied\\s+certification)"
      + "|(?<mod>modif(?:y|ied|ies|ication)|partially\\s+(?:approved|certified|authorized)|partial\\s+(?:approval|certification))"
      + "|(?<den>denied|denial|deny|denies|not\\s+(?:medically\\s+)?necessary|not\\s+(?:approved|authorized|recommended)"
      + "|fail(?:ed|s)?\\s+to\\s+(?:approve|certify|authorize)|did\\s+not\\s+(?:approve|certify|authorize)|non-?approved)"
      + "|(?<cert>certified|approved|authorized))(?![\\w-])");
  private static final Pattern ORIGINAL_REQUEST = Pattern.compile(
      "(?i)was\\s+the\\s+original\\s+request|remaining\\s+IMR\\s+eligible\\s+portion|partially\\s+(?:approved|certified)");
  private static final int NEAR = 60;

  @Override
  public ReviewFacts extract(AnnotatedDocument doc) {
    String text = doc.text();
    Span region = doc.clinicalRegion();
    List<Span> sentences = doc.sentencesIn(region);
    ReviewFacts first = null;
    Located<String> previousDate = null;
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      Matcher review = REVIEW.matcher(text).region(s.start(), s.end());
      if (!review.find()) {
        previousDate = null;
        continue;
      }
      Located<String> date = date(doc.datesIn(s, false), review.start(), review.end());
      Located<String> outcome = outcome(text, s, review.end());
      if (outcome != null && outcome.value().equals("certified")
          && modification(text, i > 0 ? sentences.get(i - 1) : s,
              i + 1 < sentences.size() ? sentences.get(i + 1) : s)) {
        outcome = new Located<>("modified", outcome.span());
      }
      if (outcome != null) {
        // "The request was previously reviewed on 11/30/2016. [It] was previously denied ..."
        ReviewFacts found = new ReviewFacts(date != null ? date : previousDate, outcome);
        if (found.date() != null) {
          return first != null && first.date() == null && !first.outcome().value().equals("certified")
              ? new ReviewFacts(found.date(), first.outcome()) : found;
        }
        first = first == null ? found : first;
      }
      previousDate = date;
    }
    return first == null ? ReviewFacts.NONE : first;
  }

  /** "X was the original request. Y was authorized ... The remaining IMR eligible portion". */
  private static boolean modification(String text, Span before, Span after) {
    return ORIGINAL_REQUEST.matcher(text).region(before.start(), after.end()).find();
  }

  /** The outcome after the review's name, else the last one before it. */
  private static Located<String> outcome(String text, Span sentence, int after) {
    Located<String> before = null;
    Matcher m = OUTCOME.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      Located<String> o = new Located<>(name(m), new Span(m.start(), m.end()));
      if (m.start() >= after) {
        return o;
      }
      before = o;
    }
    return before;
  }

  private static String name(Matcher m) {
    if (m.group("nc") != null) {
      return "non-certified";
    }
    if (m.group("mod") != null) {
      return "modified";
    }
    return m.group("den") != null ? "denied" : "certified";
  }

  /** The date nearest the review's name in its sentence, preferring one just after it. */
  private static Located<String> date(List<DateMention> dates, int reviewStart, int reviewEnd) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateMention d : dates) {
      int distance = d.span().start() >= reviewEnd ? d.span().start() - reviewEnd
          : reviewStart - d.span().end() + NEAR / 2;
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best == null ? null : new Located<>(best.iso(), best.span());
  }
}
