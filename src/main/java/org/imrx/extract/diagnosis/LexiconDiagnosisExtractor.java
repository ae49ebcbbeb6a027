package org.imrx.extract.diagnosis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.clinical.ListSplitter;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ConditionLexicon;
import org.imrx.lexicon.Laterality;
import org.imrx.lexicon.Lexicons;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.model.Diagnosis;
import org.imrx.model.DocumentType;
import org.imrx.model.Icd10;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * The diagnoses of a document, by cue phrases, section headings and lexicons. In a determination
 * letter, from the clinical case summary only: the lists after "being treated for", "diagnoses
 * include", "diagnosed with" and the like. In a medical record: the entries of its impression,
 * assessment and diagnosis sections and the conditions of its past medical history; where it
 * states none, the reason for the examination. Lists are cut into one item per concept
 * ({@link ListSplitter}); each item gets its ICD-10-CM code where one fits ({@link Icd10Coder}),
 * body part, side and certainty, and the span it was read from. Built once; immutable and
 * thread-safe.
 */
public final class LexiconDiagnosisExtractor implements Extractor<List<Diagnosis>> {
  private static final Pattern LEADING = Pattern.compile("(?i)^(?:\\(?\\d{1,2}[.)]\\s*|#\\d{1,2}\\s*|"
      + "there\\s+(?:is|are|was|were)\\s+|(?:(?:i|we)\\s+(?:suspect|think|believe|feel)(?:\\s+that)?\\s+"
      + "(?:(?:this|it|she|he)\\s+(?:is|has)\\s+)?)|(?:an?\\s+)?\\d{1,3}[- ]year[- ]old\\s+(?:[\\w-]+\\s+){0,4}?(?:with|"
      + "who\\s+has|presenting\\s+with)\\s+|(?:management|evaluation|followup|follow-up|follow\\s+up|"
      + "treatment|consultation|workup|work-up)\\s+(?:of|for)\\s+|(?:a|an|the|and|with|of|other than|"
      + "both|also|then|currently|presently|now|newly|being|having|diagnos[ie]s\\s+of|diagnos[ie]s|"
      + "an?\\s+diagnosis\\s+of)\\s+)+");
  private static final Pattern PAST_LEAD = Pattern.compile("(?i)^(?:(?:is\\s+)?(?:positive|significant|"
      + "notable|remarkable|pertinent)\\s+(?:for|as\\s+follows)\\s*:?\\s*|includes?\\s*:?\\s*|"
      + "(?:he|she|they|the\\s+patient|patient|mr\\.?\\s+\\w+|mrs\\.?\\s+\\w+|ms\\.?\\s+\\w+)\\s+"
      + "(?:also\\s+|currently\\s+|still\\s+)?(?:has\\s+had|has|had|suffers\\s+from|is\\s+being\\s+treated\\s+for"
      + "|carries\\s+(?:a\\s+)?diagnos[ie]s\\s+of)\\s+)");
  /** A time that dates a past event ("30 years ago"), unless it dates the diagnosis ("dx 1 year ago"). */
  private static final Pattern PAST_EVENT = Pattern.compile("(?i)(?<!dx|diagnosed)\\s+(?:\\d+|a|one|two|"
      + "three|four|five|six|several|many)\\s+(?:years?|months?|weeks?|days?)\\s+ago\\b");
  /** Trailing words that date or time a diagnosis, or give its code. */
  private static final Pattern TRAILING_TIME = Pattern.compile("(?i)(?:[,;]?\\s+(?:(?:dx|diagnosed)\\s+)?(?:\\d+(?:-\\d+)?|"
      + "a|one|two|three|several|many)\\s+(?:years?|months?|weeks?|days?)\\s+ago|[,;]?\\s+(?:for|x)\\s+(?:the\\s+"
      + "(?:past|last)\\s+)?(?:\\d+(?:-\\d+)?|a|one|two|three|several|many)\\s+(?:years?|months?|weeks?|days?)|"
      + "[,;]?\\s+\\(?(?:icd-?(?:9|10)(?:-cm)?:?\\s*)?(?:\\d{3}\\.\\d{1,2}|[A-Z]\\d{2}\\.[0-9A-Z]{1,4})\\)?)+\\s*$");
  private static final Pattern TRAILING_DATE = Pattern.compile("(?i)(?:[,;]?\\s+(?:(?:on|in|dated|since|from|"
      + "of|dx|diagnosed(?:\\s+in)?)\\s+)?(?:\\(?\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}\\)?|\\d{1,2}/\\d{2,4}|(?:jan|feb|mar|apr|may|jun|"
      + "jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?\\d{4,5}|(?:19|20)\\d{2}))+\\s*$");
  private static final Pattern NEGATIVE = Pattern.compile("(?i)^(?:no|not|negative|normal|unremarkable|"
      + "without|nothing|none|noncontributory|non-contributory|denies|denied|n/a|not applicable|within\\s+normal|"
      + "wnl|unknown|see|refer|as\\s+above|deferred|stable|resolved)\\b");
  /** Items that refer elsewhere, report a negative result or name a measure taken, not a condition. */
  private static final Pattern AS_ABOVE = Pattern.compile("(?i)\\b(?:as\\s+(?:above|below|noted)|"
      + "see\\s+(?:above|below|hpi)|negative\\s+for|prophylaxis)\\b|^for\\s");
  /** An ICD-9 or ICD-10 code written before a diagnosis ("726.31 right medial epicondylitis"). */
  private static final Pattern LEADING_CODE = Pattern.compile("^(?:\\d{3}\\.\\d{1,2}|[A-Z]\\d{2}\\.[0-9A-Z]{1,4})\\s+");
  private static final Pattern HEDGE_WORDS = Pattern.compile("(?i)\\b(?:possible|possibly|probable|"
      + "probably|likely|suspected|suspect|questionable|presumed|rule[- ]out|r/o)\\b");
  /** Words that name a procedure: an entry made of them is a treatment, not a diagnosis. */
  private static final Pattern PROCEDURE = Pattern.compile("(?i)\\b(?:status\\s+post|s/p|\\w+(?:ectomy|otomy|"
      + "ostomy|plasty|pexy|scopy|desis|rrhaphy)|reduction|fixation|repair|replacement|fusion|release|removal|"
      + "placement|injection|exchange|\\w*surgery|procedure|transfer|prophylaxis|biopsy|transplant\\w*|graft|"
      + "implant\\w*|insertion|bypass|cabg|ligation|abortion|cesarean|c-section|resection|excision|"
      + "debridement|amputation|decompression)\\b");
  /** A remark in brackets at the end ("(she has had a release before)", "(CPT code 27759)"). */
  private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)\\W*$");
  private static final Pattern CODE_ASIDE = Pattern.compile("(?i)\\b(?:cpt|icd|code)\\b");
  /** Words after which a procedure is the background of a condition, not the item itself. */
  private static final Pattern AFTER = Pattern.compile("(?i)\\b(?:status\\s+post|s/p|after|following|from|since)\\b");
  private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:denies|denied|negative\\s+for)\\b");
  private static final Pattern NARRATIVE = Pattern.compile("(?i)\\b(?:is|are|was|were|will|would|has|have|"
      + "had|did|does|takes?|took|denies|denied|reports?|reported|states?|stated)\\b");
  /** Phrases whose commas and "and" separate nothing, also where they are not an exact title. */
  private static final List<Pattern> PROTECTED = List.of(
      Pattern.compile("(?i)\\bmuscles?,?\\s+fascia(?:e|s)?,?\\s+(?:and\\s+)?tendons?(?:\\(s\\))?"),
      Pattern.compile("(?i)\\bmuscle\\(s\\)\\s+and\\s+tendon\\(s\\)"),
      Pattern.compile("(?i)\\b(?:strains?\\s+and\\s+sprains?|sprains?\\s+and\\s+strains?)\\b"),
      Pattern.compile("(?i)\\bjoints?\\s+and\\s+ligaments?\\b"),
      Pattern.compile("(?i)\\b(?:nausea\\s+and\\s+vomiting|signs\\s+and\\s+symptoms)\\b"),
      Pattern.compile("(?i)\\bwith(?:out)?\\s+(?:\\w+\\s+){0,2}or\\s+\\w+"),
      // Spinal levels in a row ("at the L2-3, L3-4, and L4-5 levels").
      Pattern.compile("(?i)\\b[CTLS]\\d{1,2}(?:\\s*-\\s*[CTLS]?\\d{1,2})?(?:,?\\s+(?:and\\s+)?"
          + "[CTLS]\\d{1,2}(?:\\s*-\\s*[CTLS]?\\d{1,2})?){1,6}\\b"));
  /** Phrases that part two diagnoses as "and" does. */
  private static final List<Pattern> SEPARATORS = List.of(
      Pattern.compile("(?i)with\\s+(?:an?\\s+)?underlying\\b"),
      Pattern.compile("(?i)(?:but|however|although|though)\\b,?"));

  private final Icd10Coder coder;
  private final BodyPartLexicon bodyParts;
  private final ConditionLexicon conditions;
  private final ListSplitter splitter;

  public LexiconDiagnosisExtractor(Lexicons lexicons) {
    this.coder = new Icd10Coder(lexicons.icd10(), lexicons.icd10Synonyms(), lexicons.bodyParts());
    this.bodyParts = lexicons.bodyParts();
    this.conditions = lexicons.conditions();
    this.splitter = new ListSplitter(conditions::isCondition, bodyParts, PROTECTED, coder::isTitle, SEPARATORS);
  }

  /** The ICD-10-CM coder this extractor uses. */
  public Icd10Coder coder() {
    return coder;
  }

  @Override
  public List<Diagnosis> extract(AnnotatedDocument doc) {
    String text = doc.text();
    List<Candidate> found = new ArrayList<>();
    if (doc.type() == DocumentType.IMR_DETERMINATION) {
      for (ListRegion r : LetterListFinder.find(text, doc.clinicalRegion())) {
        found.addAll(items(text, r));
      }
    } else {
      List<Section> sections = doc.sections();
      List<String> headings = sections.stream().map(s -> doc.text(s.heading())).toList();
      RecordListFinder.Found f = RecordListFinder.find(text, sections, headings);
      for (ListRegion r : f.stated()) {
        found.addAll(items(text, r));
      }
      if (found.stream().noneMatch(c -> c.kind() == ListRegion.Kind.DIAGNOSES)) {
        // The reason for the examination; what it was to rule out, the examination has answered.
        for (ListRegion r : f.reasons()) {
          items(text, r).stream().filter(c -> !c.certainty().equals(Certainty.RULE_OUT)).forEach(found::add);
        }
      }
    }
    List<Diagnosis> out = new ArrayList<>();
    for (Candidate c : distinct(found)) {
      out.add(diagnosis(doc, c));
    }
    return out;
  }

  /** A diagnosis item before it is coded: its text, span, certainty and where it was found. */
  private record Candidate(String text, Span span, String certainty, ListRegion.Kind kind) {}

  private List<Candidate> items(String text, ListRegion region) {
    Span span = region.span();
    if (region.kind() == ListRegion.Kind.PAST_HISTORY) {
      Span lead = leading(text, span, PAST_LEAD);
      boolean stripped = lead.start() > span.start();
      CharSequence sentence = text.subSequence(span.start(), span.end());
      if (!stripped && NARRATIVE.matcher(sentence).find() || DENIAL.matcher(sentence).find()) {
        return List.of();
      }
      span = lead;
    }
    if (span.length() == 0 || NEGATIVE.matcher(text.subSequence(span.start(), span.end())).find()
        && region.kind() != ListRegion.Kind.CUE) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    boolean first = true;
    for (ListSplitter.Item item : splitter.split(text, span)) {
      Candidate c = clean(text, item, region.kind(), first && region.first());
      first = false;
      if (c != null) {
        out.add(region.hedged() && c.certainty().equals(Certainty.CONFIRMED)
            ? new Candidate(c.text(), c.span(), Certainty.POSSIBLE, c.kind()) : c);
      }
    }
    return out;
  }

  private Candidate clean(String text, ListSplitter.Item item, ListRegion.Kind kind, boolean first) {
    boolean exact = item.text().equals(ListSplitter.collapse(item.span().text(text)));
    Span span = item.span();
    String t = item.text();
    if (exact) {
      span = leading(text, leading(text, span, LEADING_CODE), LEADING);
      t = ListSplitter.collapse(span.text(text));
    } else {
      t = LEADING.matcher(LEADING_CODE.matcher(t).replaceFirst("")).replaceFirst("");
    }
    Certainty.Read certainty = Certainty.of(t);
    if (certainty.dropped() > 0) {
      if (exact) {
        span = leading(text, leading(text, span, Certainty.HISTORY), LEADING);
        t = ListSplitter.collapse(span.text(text));
      } else {
        t = LEADING.matcher(t.substring(certainty.dropped())).replaceFirst("");
      }
    }
    if (kind == ListRegion.Kind.PAST_HISTORY && PAST_EVENT.matcher(t).find()) {
      return null;
    }
    for (Pattern p : List.of(TRAILING_TIME, TRAILING_DATE, TRAILING_TIME)) {
      Matcher date = p.matcher(t);
      if (date.find() && date.start() > 0) {
        t = t.substring(0, date.start());
        if (exact) {
          span = trailing(text, span, t);
        }
      }
    }
    Matcher aside = ASIDE.matcher(t);
    if (aside.find() && aside.start() > 0
        && (NARRATIVE.matcher(aside.group()).find() || CODE_ASIDE.matcher(aside.group()).find())) {
      t = t.substring(0, aside.start());
    }
    t = t.replaceAll("^[\\s\"'\u201c\u201d(]+|[\\s\"'\u201c\u201d.,;:]+$", "");
    if (exact) {
      span = trailing(text, leadingChars(text, span), t);
    }
    if (t.isEmpty() || AS_ABOVE.matcher(t).find() || NEGATIVE.matcher(t).find()) {
      return null;
    }
    if (kind != ListRegion.Kind.CUE && !named(t) && !(first && kind != ListRegion.Kind.REASON && bare(t))) {
      return null;
    }
    if (kind == ListRegion.Kind.PAST_HISTORY && procedureFirst(t)) {
      return null;
    }
    return new Candidate(t, span, certainty.certainty(), kind);
  }

  /**
   * Whether a phrase without a condition word may still be a diagnosis where an entry of a
   * diagnosis section starts with it: a short noun phrase ("MGUS", "O2 requiring").
   */
  private static boolean bare(String t) {
    return PhraseMatcher.words(t).size() <= 5 && !NARRATIVE.matcher(t).find() && !PROCEDURE.matcher(t).find();
  }

  /**
   * Whether a history item is a procedure ("appendectomy", "inguinal hernia repair", "status post
   * tonsillectomy") rather than a condition that followed one ("dysphagia status post cervical
   * fusion").
   */
  private boolean procedureFirst(String t) {
    Matcher p = PROCEDURE.matcher(t);
    while (p.find()) {
      if (AFTER.matcher(p.group()).matches()) {
        continue;
      }
      String before = t.substring(0, p.start());
      boolean condition = PhraseMatcher.words(before).stream().anyMatch(conditions::isCondition);
      if (!condition) {
        return true;
      }
      if (!AFTER.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a phrase names a condition: a condition word, or a code for it. */
  private boolean named(String t) {
    for (String w : PhraseMatcher.words(t)) {
      if (conditions.isCondition(w)) {
        return true;
      }
    }
    return coder.code(t) != null;
  }

  private Diagnosis diagnosis(AnnotatedDocument doc, Candidate c) {
    String t = c.text();
    Icd10 code = coder.code(HEDGE_WORDS.matcher(t).replaceAll(" ").strip());
    List<PhraseMatcher.Match<BodyPart>> parts = bodyParts.find(t, 0, t.length());
    String part = parts.isEmpty() ? null : parts.get(0).value().name();
    return new Diagnosis(t, code, part, Laterality.of(t), c.certainty(), doc.evidence(c.span()));
  }

  /**
   * The items that say something new: an item whose words all recur in another item is dropped
   * ("lumbar strain" beside "lumbar strain and sprain"), and of equal ones the first is kept.
   */
  private static List<Candidate> distinct(List<Candidate> in) {
    List<Set<String>> words = new ArrayList<>();
    for (Candidate c : in) {
      words.add(key(c.text()));
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      boolean covered = false;
      for (int j = 0; j < in.size() && !covered; j++) {
        if (i != j && words.get(j).containsAll(words.get(i))
            && (words.get(j).size() > words.get(i).size() || j < i)) {
          covered = true;
        }
      }
      if (!covered && !words.get(i).isEmpty()) {
        out.add(in.get(i));
      }
    }
    return out;
  }

  private static Set<String> key(String t) {
    Set<String> out = new HashSet<>();
    for (String w : PhraseMatcher.words(t)) {
      if (w.length() > 1 || Character.isDigit(w.charAt(0))) {
        out.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
      }
    }
    out.removeAll(Set.of("the", "of", "and", "a", "an", "with", "to", "in", "at", "on"));
    return out;
  }

  /** The span without what {@code p} matches at its start (and the spaces after it). */
  private static Span leading(String text, Span span, Pattern p) {
    Matcher m = p.matcher(text).region(span.start(), span.end());
    if (m.lookingAt() && m.end() > span.start()) {
      return new Span(m.end(), span.end()).trim(text);
    }
    return span;
  }

  private static Span leadingChars(String text, Span span) {
    int a = span.start();
    while (a < span.end() && "\"'\u201c\u201d( \t\r\n".indexOf(text.charAt(a)) >= 0) {
      a++;
    }
    return new Span(a, span.end());
  }

  /** The span cut to end where the words of {@code t} end. */
  private static Span trailing(String text, Span span, String t) {
    List<String> want = PhraseMatcher.words(t);
    if (want.isEmpty()) {
      return span;
    }
    int seen = 0;
    int i = span.start();
    while (i < span.end()) {
      while (i < span.end() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < span.end() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > b && ++seen == want.size()) {
        // Keep a closing bracket or quote that belongs to the last word.
        int e = i;
        if (e < span.end() && t.endsWith(String.valueOf(text.charAt(e)))) {
          e++;
        }
        return new Span(span.start(), e);
      }
    }
    return span;
  }
}
