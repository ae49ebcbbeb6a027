package org.imrx.extract.patient;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.Located;
import org.imrx.model.DocumentType;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * Age and sex of the worker: "a 27 year old female", "45-year-old gentleman", "58 y/o male",
 * "Sex: F"; failing a sex word, the pronouns of the text where they agree. In a determination
 * only the clinical case summary is read. Stateless and thread-safe.
 */
public final class RegexPatientExtractor implements Extractor<PatientFacts> {
  private static final String SEX_WORD =
      "(female|male|woman|man|gentleman|lady|girl|boy|gentlemen|women|men|[LR]H[MF])\\b";
  private static final Pattern AGE = Pattern.compile(
      "(?i)\\b(\\d{1,3})[- ]?(?:years?|yrs?|y/o|yo\\b|y\\.o\\.)(?:[- ]?old)?[-, ]*(?:(?:right|left)[- ]hand(?:ed)?[ ,]*)?"
          + "(?:(?:white|black|hispanic|caucasian|african[- ]american|asian|latino|latina|obese|married|single|divorced|widowed)[ ,]*){0,3}"
          + "(?:" + SEX_WORD + ")?");
  private static final Pattern AGE_LABEL =
      Pattern.compile("(?i)\\bage(?:d|\\s*:|\\s+is|\\s+of)?\\s*(\\d{1,3})\\b(?!\\s*(?:%|mg|days?|weeks?|months?))");
  private static final Pattern AGE_MARK = Pattern.compile("(?i)old|y/o|yo|y\\.o\\.");
  /** A sex noun on its own ("a middle-aged female with ..."). */
  private static final Pattern SEX_NOUN = Pattern.compile("(?i)\\b(female|male|woman|man|gentleman|lady)\\b");
  private static final Pattern SEX_LABEL =
      Pattern.compile("(?i)\\b(?:Sex|Gender)\\s*:\\s*(female|male|F|M)\\b");
  private static final Pattern FEMALE_PRONOUN = Pattern.compile("\\b(?:[Ss]he|[Hh]er|[Hh]erself)\\b");
  private static final Pattern MALE_PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\\b");

  @Override
  public PatientFacts extract(AnnotatedDocument doc) {
    String text = doc.text();
    Span region = doc.type() == DocumentType.IMR_DETERMINATION
        ? doc.section("summary").map(Section::body).orElse(new Span(0, text.length()))
        : new Span(0, text.length());
    Located<Integer> age = null;
    Located<String> sex = null;
    Matcher m = AGE.matcher(text).region(region.start(), region.end());
    while (m.find()) {
      int years = Integer.parseInt(m.group(1));
      if (!AGE_MARK.matcher(m.group()).find() && m.group(2) == null) {
        continue;
      }
      if (years < 1 || years > 110) {
        continue;
      }
      age = new Located<>(years, new Span(m.start(1), m.end()).trim(text));
      if (m.group(2) != null) {
        sex = new Located<>(sexOf(m.group(2)), new Span(m.start(2), m.end(2)));
      }
      break;
    }
    if (age == null) {
      Matcher a = AGE_LABEL.matcher(text).region(region.start(), region.end());
      if (a.find()) {
        int years = Integer.parseInt(a.group(1));
        if (years >= 1 && years <= 110) {
          age = new Located<>(years, new Span(a.start(1), a.end(1)));
        }
      }
    }
    if (sex == null) {
      Matcher s = SEX_LABEL.matcher(text).region(region.start(), region.end());
      if (s.find()) {
        sex = new Located<>(sexOf(s.group(1)), new Span(s.start(1), s.end(1)));
      }
    }
    if (sex == null) {
      Matcher s = SEX_NOUN.matcher(text).region(region.start(), region.end());
      if (s.find()) {
        sex = new Located<>(sexOf(s.group(1)), new Span(s.start(1), s.end(1)));
      }
    }
    if (sex == null) {
      sex = byPronouns(text, region);
    }
    return new PatientFacts(age, sex);
  }

  private static String sexOf(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (w.matches("[lr]h[mf]")) {
      return w.endsWith("f") ? "female" : "male";
    }
    return w.startsWith("f") || w.startsWith("wom") || w.equals("lady") || w.equals("girl")
        ? "female" : "male";
  }

  /** The sex the pronouns agree on, located at its first pronoun; null when they disagree. */
  private static Located<String> byPronouns(String text, Span region) {
    Matcher f = FEMALE_PRONOUN.matcher(text).region(region.start(), region.end());
    Matcher m = MALE_PRONOUN.matcher(text).region(region.start(), region.end());
    int nf = 0;
    int nm = 0;
    Span firstF = null;
    Span firstM = null;
    while (f.find()) {
      if (firstF == null) {
        firstF = new Span(f.start(), f.end());
      }
      nf++;
    }
    while (m.find()) {
      if (firstM == null) {
        firstM = new Span(m.start(), m.end());
      }
      nm++;
    }
    if (nf >= 2 && nf >= 4 * nm) {
      return new Located<>("female", firstF);
    }
    if (nm >= 2 && nm >= 4 * nf) {
      return new Located<>("male", firstM);
    }
    return null;
  }
}
