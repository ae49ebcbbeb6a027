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
 * assessment and diagnosis sections, the conditions of its past medical history and those its
 * prose says the patient has ("carries a history of", "he has", "suffering from"); where it
 * states none, the reason for the examination or visit. Functional problems ("decreased
 * strength") and complaints said in prose are not diagnoses; one concept said twice (in other
 * words, or as an abbreviation) is listed once. Lists are cut into one item per concept
 * ({@link ListSplitter}); each item gets its ICD-10-CM code where one fits ({@link Icd10Coder}),
 * body part, side and certainty, and the span it was read from. Built once; immutable and
 * thread-safe.
 */
public final class LexiconDiagnosisExtractor implements Extractor<List<Diagnosis>> {
  private static final Pattern LEADING = Pattern.compile("(?i)^(?:\\(?\\d{1,2}[.)]\\s*|#\\d{1,2}\\s*|"
      + "there\\s+(?:is|are|was|were)\\s+|(?:(?:i|we)\\s+(?:suspect|think|believe|feel)(?:\\s+that)?\\s+"
      + "(?:(?:this|it|she|he)\\s+(?:is|has)\\s+)?)|(?:an?\\s+)?\\d{1,3}[- ]year[- ]old\\s+(?:[\\w-]+\\s+){0,4}?(?:with|"
      + "who\\s+has|presenting\\s+with)\\s+|evaluation\\s+of\\s+|(?:management|followup|follow-up|follow\\s+up|"
      + "treatment|consultation|workup|work-up)\\s+(?:of|for)\\s+|(?:new\\s+patient\\s+)?(?:visit|followup|follow-up|"
      + "follow\\s+up)\\s+(?:visit\\s+)?(?:(?:of|for|regarding)\\s+)?|(?:a|an|the|and|with|of|other than|"
      + "both|also|then|currently|presently|now|newly|being|having|diagnos[ie]s\\s+of|diagnos[ie]s|"
      + "an?\\s+diagnosis\\s+of)\\s+)+");
  private static final Pattern PAST_LEAD = Pattern.compile("(?i)^(?:as\\s+(?:per\\s+)?(?:noted\\s+)?above\\s*,?\\s*(?:and\\s+)?(?:also\\s+)?(?:includes?\\s*:?\\s*)?|"
      + "(?:is\\s+)?(?:positive|significant|"
      + "notable|remarkable|pertinent)\\s+(?:for|as\\s+follows)\\s*:?\\s*|includes?\\s*:?\\s*|"
      + "(?:he|she|they|the\\s+patient|patient|mr\\.?\\s+\\w+|mrs\\.?\\s+\\w+|ms\\.?\\s+\\w+)\\s+"
      + "(?:also\\s+|currently\\s+|still\\s+)?(?:has\\s+had|has|had|suffers\\s+from|is\\s+being\\s+treated\\s+for"
      + "|carries\\s+(?:a\\s+)?diagnos[ie]s\\s+of)\\s+)");
  /** A time that dates a past event ("30 years ago"), unless it dates the diagnosis ("dx 1 year ago"). */
  private static final Pattern PAST_EVENT = Pattern.compile("(?i)(?<!dx|diagnosed)\\s+(?:\\d+|a|one|two|"
      + "three|four|five|six|several|many)\\s+(?:years?|months?|weeks?|days?)\\s+ago\\b|\\bat\\s+(?:the\\s+)?age\\s+"
      + "(?:of\\s+)?\\d|\\bas\\s+an?\\s+(?:infant|child|baby|teenager|toddler)\\b");
  /** Condition words that name a complaint only. */
  private static final Set<String> SYMPTOMS = Set.of("pain", "pains", "ache", "aches", "numbness", "tingling",
      "weakness", "swelling", "stiffness", "difficulty", "difficulties", "symptoms", "complaints", "problems",
      "problem", "discomfort", "spasm", "spasms", "painful", "cramps", "cramp", "fatigue", "dizziness", "injury",
      "injuries", "trauma");
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
      + "implant\\w*|insertion|bypass|cabg|ligation|abortion|cesarean|c-section|resection|excision|extraction|correction|"
      + "debridement|amputation|decompression)\\b");
  /** A remark in brackets at the end ("(she has had a release before)", "(CPT code 27759)"). */
  private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)\\W*$");
  private static final Pattern CODE_ASIDE = Pattern.compile("(?i)\\b(?:cpt|icd|code)\\b");
  /** Words after which a procedure is the background of a condition, not the item itself. */
  private static final Pattern AFTER = Pattern.compile("(?i)\\b(?:status\\s+post|s/p|after|following|from|since)\\b");
  private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:denies|denied|negative\\s+for)\\b");
  private static final Pattern NARRATIVE = Pattern.compile("(?i)\\b(?:is|are|was|were|will|would|has|have|"
      + "had|did|does|takes?|took|denies|denied|reports?|reported|states?|stated)\\b");
  /** Words after which an item names the cause of its condition. */
  private static final Pattern CAUSE = Pattern.compile("(?i)\\b(?:due\\s+to|secondary\\s+to|related\\s+to|caused\\s+by|from)\\b");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,6}");
  /** Words that open a functional problem rather than a condition. */
  private static final Pattern FUNCTIONAL = Pattern.compile("(?i)^(?:decreased|diminished|impaired|limited|reduced|"
      + "increased|poor|inability|unable|difficulty|difficulties|lack\\s+of|loss\\s+of|deficits?\\s+(?:in|of)|"
      + "dependent|dependence\\s+(?:in|with)|needs|restricted|abnormal\\s+gait|altered)\\b");
  private static final Pattern JUST_AND = Pattern.compile("(?i)\\s+and\\s+");
  private static final Pattern AND_WORD = Pattern.compile("(?i)\\s+and\\s+");
  /** A condition named for both sides in turn ("right and left shoulder sprain"). */
  private static final Pattern BOTH_SIDES = Pattern.compile("(?i)\\b(right|left)\\s+and\\s+(left|right)\\b");
  /** A negation that reaches over the rest of a list ("with no angina, dyspnea or infarction"). */
  private static final Pattern NEGATED_LIST = Pattern.compile("(?i)\\b(?:no|without|denies|denied|negative\\s+for)\\s+\\w+");
  /** "Status post" and what follows it: an injury it dates, or a procedure and the condition it treated. */
  private static final Pattern STATUS_POST = Pattern.compile("(?i)^(?:status\\s+post|s/p)\\s+");
  private static final Pattern TREATED_FOR = Pattern.compile("(?i)\\s(?:secondary\\s+to|due\\s+to|for|because\\s+of|"
      + "with\\s+(?=possible|probable|likely|suspected|residual|persistent|recurrent))\\s*");
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
    this.splitter = new ListSplitter(this::condition, bodyParts, PROTECTED, coder::isTitle, SEPARATORS);
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
    List<Candidate> kept = new ArrayList<>(distinct(found));
    kept.sort(java.util.Comparator.comparingInt(c -> c.span().start()));
    List<Diagnosis> out = new ArrayList<>();
    for (Candidate c : kept) {
      out.add(diagnosis(doc, c));
    }
    return out;
  }

  /** A diagnosis item before it is coded: its text, span, certainty and where it was found. */
  private record Candidate(String text, Span span, String certainty, ListRegion.Kind kind, ListRegion from) {}

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
    boolean negatedList = false;
    for (ListSplitter.Item whole : causesJoined(text, splitter.split(text, span))) {
      if (negatedList) {
        continue;
      }
      if (region.kind() != ListRegion.Kind.DIAGNOSES && region.kind() != ListRegion.Kind.CUE
          && NEGATED_LIST.matcher(whole.text()).find()) {
        // "with no angina, shortness of breath or infarction": the rest of the list is negated too.
        negatedList = true;
      }
      List<ListSplitter.Item> pieces = refine(text, whole);
      boolean sliced = pieces.size() > 2 && whole.text().indexOf('/') >= 0;
      for (ListSplitter.Item item : pieces) {
      // The parts of a slashed list of conditions are each a diagnosis, as a list's first item is.
      Candidate c = clean(text, item, region, (first || sliced) && region.first());
      first = false;
      if (c != null) {
        out.add(region.hedged() && c.certainty().equals(Certainty.CONFIRMED)
            ? new Candidate(c.text(), c.span(), Certainty.POSSIBLE, c.kind(), region) : c);
      }
      }
    }
    return out;
  }

  /**
   * Joins to an item that names a cause what "and" adds to that cause, a word or two ("insomnia
   * secondary to pain and anxiety postoperatively" is one item).
   */
  private static List<ListSplitter.Item> causesJoined(String text, List<ListSplitter.Item> items) {
    List<ListSplitter.Item> out = new ArrayList<>();
    for (ListSplitter.Item item : items) {
      if (!out.isEmpty()) {
        ListSplitter.Item prev = out.get(out.size() - 1);
        boolean exact = prev.text().equals(ListSplitter.collapse(prev.span().text(text)))
            && item.text().equals(ListSplitter.collapse(item.span().text(text)));
        if (exact && PhraseMatcher.words(item.text()).size() <= 2
            && prev.span().end() <= item.span().start() && CAUSE.matcher(prev.text()).find()
            && JUST_AND.matcher(text.substring(prev.span().end(), item.span().start())).matches()) {
          Span joined = new Span(prev.span().start(), item.span().end());
          out.set(out.size() - 1, new ListSplitter.Item(joined, ListSplitter.collapse(joined.text(text))));
          continue;
        }
      }
      out.add(item);
    }
    return out;
  }

  /**
   * Cuts what the list splitter keeps together but the guideline parts: a run of conditions
   * joined by slashes ("chronic glossitis/xerostomia/probable food allergies"), and a condition
   * on both sides named one by one ("right and left elbow sprain" gives one item per side).
   */
  private List<ListSplitter.Item> refine(String text, ListSplitter.Item item) {
    Span span = item.span();
    boolean exact = item.text().equals(ListSplitter.collapse(span.text(text)));
    if (exact) {
      // A procedure the splitter took for a qualifier ("depression, lumbar fusion surgery in 2000")
      // ends the condition before it.
      for (int i = span.start(); i < span.end(); i++) {
        if (text.charAt(i) == ',' || text.charAt(i) == ';') {
          int next = i + 1;
          while (next < span.end() && text.charAt(next) != ',' && text.charAt(next) != ';') {
            next++;
          }
          String fragment = text.substring(i + 1, next);
          if (PROCEDURE.matcher(fragment).find() && !named(fragment) && named(text.substring(span.start(), i))) {
            span = new Span(span.start(), i).trim(text);
            item = new ListSplitter.Item(span, ListSplitter.collapse(span.text(text)));
            break;
          }
        }
      }
      List<ListSplitter.Item> parts = slashParts(text, span);
      if (parts.size() > 1) {
        return parts;
      }
    }
    if (exact) {
      // "Diabetes and high blood pressure": a second diagnosis without a condition word, told by its code.
      Matcher and = AND_WORD.matcher(text).region(span.start(), span.end());
      if (and.find() && text.substring(span.start(), and.start()).indexOf('(') < 0) {
        String left = text.substring(span.start(), and.start());
        String right = text.substring(and.end(), span.end());
        if (named(left) && !named(right) && coder.code(right) != null && !coder.isTitle(span.text(text))) {
          Span a = new Span(span.start(), and.start()).trim(text);
          Span b = new Span(and.end(), span.end()).trim(text);
          return List.of(new ListSplitter.Item(a, ListSplitter.collapse(a.text(text))),
              new ListSplitter.Item(b, ListSplitter.collapse(b.text(text))));
        }
      }
    }
    Matcher sides = BOTH_SIDES.matcher(item.text());
    if (sides.find()) {
      String before = item.text().substring(0, sides.start());
      String after = item.text().substring(sides.end());
      List<ListSplitter.Item> out = new ArrayList<>();
      for (int g = 1; g <= 2; g++) {
        out.add(new ListSplitter.Item(span, ListSplitter.collapse(before + sides.group(g) + " " + after)));
      }
      return out;
    }
    return List.of(item);
  }

  private List<ListSplitter.Item> slashParts(String text, Span span) {
    List<Span> parts = new ArrayList<>();
    int start = span.start();
    for (int i = span.start(); i <= span.end(); i++) {
      if (i == span.end() || text.charAt(i) == '/') {
        parts.add(new Span(start, i).trim(text));
        start = i + 1;
      }
    }
    if (parts.size() < 3) {
      return List.of();
    }
    boolean phrase = false;
    int unnamed = 0;
    for (int k = 0; k < parts.size(); k++) {
      List<String> words = PhraseMatcher.words(parts.get(k).text(text));
      if (words.isEmpty()) {
        return List.of();
      }
      unnamed += named(parts.get(k).text(text)) ? 0 : 1;
      phrase |= k < parts.size() - 1 && words.size() > 1;
    }
    if (!phrase || unnamed > 1) {
      return List.of();
    }
    List<ListSplitter.Item> out = new ArrayList<>();
    for (Span p : parts) {
      out.add(new ListSplitter.Item(p, ListSplitter.collapse(p.text(text))));
    }
    return out;
  }

  private Candidate clean(String text, ListSplitter.Item item, ListRegion region, boolean first) {
    ListRegion.Kind kind = region.kind();
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
    Matcher post = STATUS_POST.matcher(t);
    if (post.find()) {
      // "Status post dislocation" names the injury; "status post knee replacement secondary to
      // degenerative joint disease" the condition the procedure treated, else only a procedure.
      int from = post.end();
      if (PROCEDURE.matcher(t.substring(from)).find()) {
        Matcher why = TREATED_FOR.matcher(t).region(from, t.length());
        from = why.find() ? why.end() : -1;
      }
      if (from < 0 || from >= t.length()) {
        return null;
      }
      String rest = t.substring(from);
      if (!named(rest)) {
        return null;
      }
      if (exact) {
        span = tail(text, span, rest);
      }
      t = rest;
    }
    if ((kind == ListRegion.Kind.PAST_HISTORY || kind == ListRegion.Kind.PROSE) && PAST_EVENT.matcher(t).find()) {
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
    if ((kind == ListRegion.Kind.PAST_HISTORY || kind == ListRegion.Kind.PROSE) && procedureFirst(t)) {
      return null;
    }
    if (FUNCTIONAL.matcher(t).find() && PhraseMatcher.words(t).stream()
        .noneMatch(w -> condition(w) && !SYMPTOMS.contains(w))) {
      // A therapist's problem ("decreased strength", "impaired gait") is a finding, not a diagnosis.
      return null;
    }
    if (kind == ListRegion.Kind.PROSE && PhraseMatcher.words(t).stream()
        .noneMatch(w -> condition(w) && !SYMPTOMS.contains(w))) {
      // What a sentence says a patient has is a diagnosis where it names more than a complaint.
      return null;
    }
    return new Candidate(t, span, certainty.certainty(), kind, region);
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
      if (condition(w)) {
        return true;
      }
    }
    return coder.code(t) != null;
  }

  /** Whether a word names a condition, also in the plural ("dislocations"). */
  private boolean condition(String w) {
    return conditions.isCondition(w) || w.length() > 4 && w.endsWith("s")
        && conditions.isCondition(w.substring(0, w.length() - 1));
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
   * ("lumbar strain" beside "lumbar strain and sprain"), unless they recur only as the cause the
   * other names ("urinary tract infection" beside "sepsis due to urinary tract infection") or the
   * two code to different conditions; of equal ones, the one from a diagnosis section is kept,
   * else the first; an abbreviation is dropped beside the words it stands for ("GERD" beside
   * "gastroesophageal reflux disease", told by their common code).
   */
  private List<Candidate> distinct(List<Candidate> in) {
    List<Set<String>> words = new ArrayList<>();
    List<Set<String>> heads = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    boolean[] acronym = new boolean[in.size()];
    for (Candidate c : in) {
      acronym[codes.size()] = ACRONYM.matcher(c.text()).matches();
      words.add(key(c.text()));
      Matcher cause = CAUSE.matcher(c.text());
      heads.add(cause.find() ? key(c.text().substring(0, cause.start())) : key(c.text()));
      Icd10 code = coder.code(HEDGE_WORDS.matcher(c.text()).replaceAll(" ").strip());
      codes.add(code == null ? null : code.code());
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      boolean covered = false;
      for (int j = 0; j < in.size() && !covered; j++) {
        if (i == j) {
          continue;
        }
        if (words.get(j).containsAll(words.get(i))) {
          if (words.get(j).size() > words.get(i).size()) {
            // Items of one list are what its writer told apart ("pain in unspecified hip; ...;
            // pain, unspecified").
            boolean differ = in.get(i).from() == in.get(j).from() && in.get(i).from().kind() != ListRegion.Kind.PROSE;
            differ |= codes.get(i) != null && codes.get(j) != null && !codes.get(i).equals(codes.get(j));
            covered = heads.get(j).containsAll(words.get(i)) && !differ;
          } else {
            int a = rank(in.get(i).kind());
            int b = rank(in.get(j).kind());
            covered = b > a || b == a && j < i;
          }
        } else if (acronym[i] && !acronym[j]
            && (codes.get(i) != null && codes.get(i).equals(codes.get(j)) || initials(in.get(j).text())
                .contains(in.get(i).text().toLowerCase(java.util.Locale.ROOT)))) {
          covered = true;
        }
      }
      if (!covered && !words.get(i).isEmpty()) {
        out.add(in.get(i));
      }
    }
    return out;
  }

  /** The first letters of a phrase's words ("coronary artery disease" gives "cad"). */
  private static String initials(String t) {
    StringBuilder b = new StringBuilder();
    for (String w : t.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  /** How much a place that states a diagnosis is to be believed over another one. */
  private static int rank(ListRegion.Kind kind) {
    return switch (kind) {
      case DIAGNOSES, CUE -> 2;
      case PAST_HISTORY, PROSE -> 1;
      case REASON -> 0;
    };
  }

  private static final Set<String> KEY_STOP_WORDS =
      Set.of("the", "of", "and", "a", "an", "with", "to", "in", "at", "on");

  private static Set<String> key(String t) {
    Set<String> out = new HashSet<>();
    for (String w : PhraseMatcher.words(t)) {
      if (w.length() > 1 || Character.isDigit(w.charAt(0))) {
        out.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
      }
    }
    out.removeAll(KEY_STOP_WORDS);
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

  /** The span cut to start where the words of {@code t}, its last words, start. */
  private static Span tail(String text, Span span, String t) {
    int n = PhraseMatcher.words(t).size();
    int i = span.end();
    int seen = 0;
    while (i > span.start()) {
      while (i > span.start() && !Character.isLetterOrDigit(text.charAt(i - 1))) {
        i--;
      }
      int e = i;
      while (i > span.start() && Character.isLetterOrDigit(text.charAt(i - 1))) {
        i--;
      }
      if (e > i && ++seen == n) {
        return new Span(i, span.end());
      }
    }
    return span;
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
