package org.imrx.extract.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ExamVocabulary;
import org.imrx.lexicon.ExamVocabulary.WordClass;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.model.DocumentType;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * Where a document reports what an examiner saw, measured or tested. In a determination letter's
 * case summary (and in the narrative of a record): the sentence that introduces an examination
 * ("Physical examination revealed ...", "On exam there was ...", "Objective findings included
 * ..."), from the words after the introduction, and the sentences that go on listing findings;
 * also a sentence that plainly states a finding ("There was tenderness ...", "Straight leg raise
 * was positive"). In a record: the physical examination section with its sub-headings
 * ("VITAL SIGNS:", "HEENT:", "Neck:"), line by line. Complaints, plans, requests, imaging and
 * the review of systems are left out. Stateless and thread-safe.
 */
final class ExamPassageFinder {
  /** An examination named, then the verb that reports its result. */
  private static final Pattern CUE = Pattern.compile("(?i)\\b(?:"
      + "(?:on|upon|during|at)\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+)?(?:brief\\s+|physical\\s+|focused\\s+|clinical\\s+|recent\\s+|today's\\s+)?"
      + "(?:exam(?:ination)?|evaluation|palpation|inspection)(?:\\s+of\\s+(?:the\\s+|his\\s+|her\\s+)?[\\w -]{1,40}?)?\\s*(?:,|there\\b|it\\b|the\\b|he\\b|she\\b"
      + "|(?:[\\w-]+\\s+){1,3}(?:was|were|had|has|is|found|revealed|reveals|showed|shows|noted|demonstrated)\\b)"
      + "|(?:exam(?:ination)?s?|evaluation|objective\\s+(?:findings?|exam(?:ination)?|data|documentation)|inspection|palpation|findings)"
      + "(?:\\s+findings|\\s+of\\s+(?:the\\s+|his\\s+|her\\s+)?[\\w\\s-]{1,40}?|\\s*\\([^)]{0,40}\\)){0,3}"
      + "(?:,?\\s+(?:(?:was|were)\\s+)?(?:dated|performed|done|conducted|on|from|at|of|by)\\s+[\\w/ ,-]{1,40}?(?:\\s+and)?)?"
      + "(?:\\s+(?:today|on\\s+this\\s+(?:date|day|visit)|at\\s+this\\s+(?:time|visit)))?,?"
      + "\\s+(?:revealed|reveals|reveal|noted|notes|showed|shows|show|documented|documents|demonstrated|demonstrates"
      + "|indicated|indicates|included|includes|include|disclosed|found|reported|was\\s+(?:notable|significant|remarkable)\\s+for"
      + "|were\\s+(?:notable|significant|remarkable)\\s+for|is\\s+(?:notable|significant|remarkable)\\s+for|was|were|is)\\b"
      + "|(?:exam(?:ination)?|objective\\s+findings?|objective)\\s*[:;]"
      + ")");
  /** "... adenopathy noted on physical exam": a finding the examination is named after. */
  private static final Pattern FOUND_ON_EXAM = Pattern.compile("(?i)\\s*,?\\s+(?:(?:was|were|is|are)\\s+)?"
      + "(?:noted|found|seen|present|appreciated|elicited|detected|observed)\\s+(?:on|upon|during|at|with)\\s+"
      + "(?:the\\s+|his\\s+|her\\s+|a\\s+)?(?:physical\\s+|clinical\\s+|today's\\s+)?exam(?:ination)?\\b");
  /** What a sentence about something other than the examination says. */
  private static final Pattern NOT_EXAM = Pattern.compile("(?i)\\b(?:complain\\w*|report(?:s|ed|ing)?|stat(?:es|ed)"
      + "|describ\\w*|denie[sd]|endorse[sd]?|rated|VAS|request\\w*|authoriz\\w*|certif\\w*|utilization|(?-i:UR|RFA)"
      + "|plan|recommend\\w*|ordered|referr\\w*|prescri\\w*|appeal\\w*|approved|modified|guidelines?"
      + "|rationale|necess\\w*|medications?|surgery|surgical|injections?|underwent|diagnos\\w*|impression"
      + "|(?-i:MRI|CT|EMG|NCV|NCS)|x-?rays?|radiograph\\w*|imaging|scans?|electrodiagnostic|ultrasound|stud(?:y|ies)"
      + "|films|arthrogram|mechanism|injury|injuries|injured\\s+(?:on|at|in|when|while|his|her)|accident|history|treat(?!ing\\s+(?:physician|provider|doctor|clinician))\\w*|therapy|sessions?|work\\s+status"
      + "|restrictions|duty|disability|symptoms?|feels|felt|difficulty\\s+(?:sleeping|with)|attributes?)\\b"
      + "|\\d+\\s*(?:/|out of)\\s*10\\b");
  /** Words that report the examiner's observation. */
  private static final Pattern OBSERVED = Pattern.compile("(?i)\\b(?:there\\s+(?:was|were|is|are)"
      + "|noted|appreciated|observed|elicited|palpated|exhibited|demonstrated|was\\s+(?:positive|negative)"
      + "|were\\s+(?:positive|negative)|is\\s+(?:positive|negative))\\b");
  /** Words of a sentence that reports imaging or electrodiagnostic results. */
  private static final Pattern IMAGING = Pattern.compile("(?i)\\b(?:(?-i:MRI|MRA|CT|EMG|NCV|NCS)|x-?rays?"
      + "|radiograph\\w*|imaging|scans?|electrodiagnostic|electromyo\\w*|nerve conduction|ultrasound"
      + "|films|arthrogram|myelogram|sonogram|bone scan|diagnostic stud\\w*)\\b");
  /** What ends a run of finding sentences: the worker's report, a plan, a request, a diagnosis. */
  private static final Pattern OFF_EXAM = Pattern.compile("(?i)\\b(?:complain\\w*|report(?:s|ed|ing)?"
      + "|stat(?:es|ed)|describ\\w*|denie[sd]|endorse[sd]?|rated|request\\w*|authoriz\\w*|certif\\w*"
      + "|utilization|RFA|plan|recommend\\w*|ordered|referr\\w*|prescri\\w*|appeal\\w*|approved"
      + "|guidelines?|rationale|medications?|diagnos\\w*|impression|treatment|therapy|work\\s+status"
      + "|returned|return to work|modified duty|taking|takes|using|started|stopped|continues|discharged"
      + "|admitted|experienced|underwent|became|developed|worsen\\w*|improved\\s+with|placed\\s+on)\\b"
      + "|\\d+\\s*(?:/|out of)\\s*10\\b");
  /** A measured value: "0kg", "28 cm", "135 degrees", "4/5", "2+". */
  private static final Pattern MEASURED = Pattern.compile(
      "(?i)\\d\\s*(?:kg|cm|mm|degrees?|°|lbs?|pounds|/5|\\+)(?![a-z])");
  /** Signs only an examiner records, even right after the worker's complaints. */
  private static final Set<String> STRONG_SIGNS = Set.of("tenderness", "tender", "tenderness to palpation",
      "spasm", "spasms", "muscle spasm", "muscle spasms", "guarding", "muscle guarding", "atrophy",
      "effusion", "crepitus", "crepitation", "hypertonicity", "trigger points", "trigger point",
      "deformity", "ecchymosis", "erythema", "hyposensorium");
  /** A sentence about the worker or a dated visit: imaging results have ended. */
  private static final Pattern PERSON_OR_DATE = Pattern.compile("(?i)\\b(?:patient|worker|applicant|claimant"
      + "|he|she|his|her|physician|provider|documentation|progress|visit|note)\\b"
      + "|\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}|\\b(?:january|february|march|april|may|june|july|august"
      + "|september|october|november|december)\\b");
  private static final Set<String> SYMPTOMS = Set.of("pain", "discomfort", "numbness", "tingling",
      "paresthesia", "paresthesias", "weakness", "stiffness", "distress", "able", "unable", "walks",
      "walked", "sits", "stands", "moves", "appears", "looks", "appearing", "spasm", "spasms",
      "muscle spasm", "muscle spasms", "motion", "movement", "movements", "mobility", "bending",
      "memory", "mood", "sleep", "balance", "speech", "hearing", "vision", "concentration",
      "attention", "incision", "wound", "bleeding", "infection", "congestion", "mass", "masses",
      "lesion", "lesions", "hernia", "scar", "scars", "tremor", "cane", "crutches", "wheelchair",
      "splint", "brace", "dressing", "sutures", "staples", "temp", "temperature", "weight", "height");
  private static final Pattern IMAGING_EXAM = Pattern.compile("^\\W*(?:\\w+\\s+){0,3}(?:CT|MRI|PET|MRA"
      + "|(?i:x-?rays?|ultrasound|sonogram|mammogra\\w*|radiograph\\w*|scan|films?|views?|echo\\w*|doppler"
      + "|arthrogram|myelogram|bone\\s+scan|dexa|fluoroscop\\w*|angiogra\\w*|venogra\\w*|nuclear|study))\\b");
  private static final Pattern INLINE_LABEL = Pattern.compile(
      "^[ \\t]*([A-Za-z][A-Za-z/&.' -]{1,30}?)[ \\t]*:[ \\t]*");
  /** Exam sub-headings of records besides body parts and organs. */
  private static final Set<String> SUB_HEADINGS = Set.of("general", "gen", "vital signs", "vitals",
      "vital", "vit", "heent", "neuro", "neurologic", "neurological", "musculoskeletal", "msk", "ms",
      "cn", "motor", "sensory", "sensation", "reflexes", "coord", "coordination", "station", "gait",
      "mental status", "psych", "psychiatric", "lymph", "lymphatics", "lymphatic", "cv",
      "cardiovascular", "cardiac", "respiratory", "pulmonary", "gu", "ext", "extremities", "skin",
      "integument", "back", "spine", "constitutional", "general appearance", "appearance",
      "breathing", "mouth", "anus", "rectal", "genitalia", "muscle tone", "tone", "functional examination",
      "gen exam", "inspection", "palpation", "range of motion", "strength", "neurovascular",
      "peripheral vascular", "vascular", "pulses", "head and neck", "lungs", "heart", "abdomen",
      "chest", "neck", "eyes", "ears", "nose", "throat", "hips", "hip", "knee", "knees", "shoulder",
      "shoulders", "lumbar spine", "cervical spine", "thoracic spine", "upper extremities",
      "lower extremities", "left knee", "right knee", "left shoulder", "right shoulder",
      // the parts of a mental status examination
      "attitude", "mood", "affect", "mood and affect", "thought process", "thought content",
      "thought processes", "perception", "perceptions", "memory", "sensorium", "judgment",
      "insight", "judgment and insight", "insight and judgment", "attention", "concentration",
      "attention and concentration", "motor activity", "psychomotor", "speech", "orientation",
      "cognition", "behavior", "eye contact", "cranial nerves", "cerebellar", "deep tendon reflexes",
      "orthopedic tests", "special tests", "observation", "visual evaluation", "posture");
  /** A heading that names no part of an examination: the exam has ended. */
  private static final Pattern NOT_SUB_HEADING = Pattern.compile("(?i)\\b(?:lab\\w*|course|data|results?"
      + "|instructions?|discussion|comments?|prognosis|causation|questions?|answers?|signature|consent"
      + "|goals?|follow\\w*|hospital|procedures?|operations?|operative|description|technique|specimens?"
      + "|drains?|complications?|anesthesia|implants?|discharge|admission|education|teaching"
      + "|counsel\\w*|date|time|attestation|note|summary|history|reason|indications?|impression"
      + "|assessment|plan|diagnos\\w*|recommend\\w*|disposition|medications?|allerg\\w*"
      + "|x-?rays?|imaging|radiology|mri|ct|studies|study|review|records?|work|status\\s+post"
      + "|estimated|blood\\s+loss|fluids?|tourniquet|findings|investigations?|tests?\\s+results?)\\b");
  /** A heading of a mental status examination, or of a record's findings rather than an image's. */
  private static final Pattern EXAM_HEADING = Pattern.compile(
      "(?i).*\\b(?:mental\\s+status|(?:major|clinical|physical|pertinent|objective)\\s+findings)\\b.*");
  /** A heading of what the surgeon found during an operation. */
  private static final Pattern OPERATIVE_FINDINGS = Pattern.compile(
      "(?i)(?:intra-?\\s*operative\\s+|operative\\s+|surgical\\s+)?findings");
  /** A heading that names something other than this patient's examination. */
  private static final Pattern NOT_EXAM_HEADING = Pattern.compile(
      "(?i).*\\b(?:reason|indications?|comparison|type|date|request\\w*)\\b.*");
  private static final Pattern ACTION = Pattern.compile("(?i)\\b(?:applied|lysed|injected|administered"
      + "|prescribed|discussed|recommend\\w*|will|plan|ordered|gave|given|placed|performed|explained"
      + "|consent|instructed|advised|counsel\\w*|scheduled|refer\\w*)\\b");
  private static final Pattern COMPLAINT_VERB = Pattern.compile("(?i)\\b(?:complain(?:s|ed|ing)?|reports?"
      + "|reported|states|stated|describes|described|feels|rates|rated)\\b");

  /** "the patient had complaints of ...": what follows is the worker's report. */
  private static final Pattern COMPLAINTS = Pattern.compile("(?i)\\bcomplaints?\\s+of\\b");
  /** An upper-case heading opening a line, however long. */
  private static final Pattern UPPER_HEADING = Pattern.compile("[ \\t]*([A-Z][A-Z /&,()'-]{2,60}):");
  /** An in-line heading that ends the examination ("Assessment:", "A/P:"). */
  private static final Pattern END_OF_EXAM = Pattern.compile("(?i)^(?:assessment|plan|impression|diagnos\\w*"
      + "|recommend\\w*|a/p|disposition|x-?rays?|imaging|radiology|laboratory|labs?|medications?|course)\\b");

  private final ExamVocabulary vocab;
  private final BodyPartLexicon parts;

  ExamPassageFinder(ExamVocabulary vocab, BodyPartLexicon parts) {
    this.vocab = vocab;
    this.parts = parts;
  }

  List<ExamPassage> passages(AnnotatedDocument doc) {
    List<ExamPassage> out = new ArrayList<>();
    if (doc.type() == DocumentType.IMR_DETERMINATION) {
      narrative(doc, doc.sentencesIn(doc.clinicalRegion()), out);
      return out;
    }
    List<Span> examRegions = new ArrayList<>();
    record(doc, out, examRegions);
    List<Span> narrative = new ArrayList<>();
    for (Span s : doc.sentences()) {
      if (examRegions.stream().noneMatch(r -> r.overlaps(s))
          && !doc.sectionAt(s.start()).map(Section::name).orElse("").equals("review-of-systems")) {
        narrative.add(s);
      }
    }
    narrative(doc, narrative, out);
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  /** Cue sentences, the finding sentences after them, and plain statements of findings. */
  private void narrative(AnnotatedDocument doc, List<Span> sentences, List<ExamPassage> out) {
    String text = doc.text();
    boolean letter = doc.type() == DocumentType.IMR_DETERMINATION;
    boolean inExam = false;
    boolean inImaging = false;
    boolean inComplaint = false;
    Span previous = null;
    for (Span s : sentences) {
      if (!letter && previous != null && (text.substring(previous.end(), s.start()).contains("\n")
          || !doc.sectionAt(previous.start()).equals(doc.sectionAt(s.start())))) {
        inExam = false;
        inImaging = false;
      }
      previous = s;
      String sentence = text.substring(s.start(), s.end());
      Span rest = introduced(text, s);
      if (rest != null) {
        out.add(new ExamPassage(rest, null, context(text, new Span(s.start(), rest.start()))));
        inExam = true;
        inImaging = false;
        inComplaint = false;
        continue;
      }
      Matcher found = FOUND_ON_EXAM.matcher(sentence);
      if (found.find() && found.start() > 0) {
        out.add(new ExamPassage(new Span(s.start(), s.start() + found.start()), null, null));
        continue;
      }
      boolean excluded = NOT_EXAM.matcher(sentence).find();
      if (IMAGING.matcher(sentence).find()) {
        inImaging = true;
        inExam = false;
        continue;
      }
      // Imaging results go on in sentences like "There was a small effusion."
      if (inImaging && !excluded && !PERSON_OR_DATE.matcher(sentence).find()) {
        continue;
      }
      inImaging = false;
      if (inExam && !OFF_EXAM.matcher(sentence).find()) {
        out.add(new ExamPassage(s, null, null));
        continue;
      }
      // A finding stated plainly starts no examination: each sentence must state one.
      if (letter && !excluded && plainFinding(text, s, inComplaint)) {
        out.add(new ExamPassage(s, null, null));
        inComplaint = false;
        continue;
      }
      inExam = false;
      if (COMPLAINT_VERB.matcher(sentence).find()) {
        inComplaint = true;
      } else if (excluded) {
        inComplaint = false;
      }
    }
  }

  /**
   * The findings of a sentence that introduces an examination ("Physical examination revealed
   * ..."), or null: what follows the introduction must be about the examination, not a
   * complaint or a request.
   */
  private Span introduced(String text, Span s) {
    // an introduction opens its sentence: only its start is searched, which bounds the work
    String sentence = text.substring(s.start(), Math.min(s.end(), s.start() + 400));
    Matcher m = CUE.matcher(sentence);
    if (!m.find() || negatedCue(sentence, m.start()) || IMAGING.matcher(sentence.substring(0, m.start())).find()) {
      return null;
    }
    // "tenderness to palpation noted over ...": palpation introduces only where a sentence opens
    if (m.group().regionMatches(true, 0, "palpation", 0, 9) || m.group().regionMatches(true, 0, "inspection", 0, 10)) {
      if (!sentence.substring(0, m.start()).isBlank()) {
        return null;
      }
    }
    int from = m.end();
    // "Objective documentation reported upon inspection lumbar spine found ..."
    for (int guard = 0; guard < 3 && m.find(from) && m.start() - from < 6; guard++) {
      from = m.end();
    }
    String after = sentence.substring(from);
    String opening = after.length() > 60 ? after.substring(0, 60) : after;
    if (COMPLAINT_VERB.matcher(opening).find() || COMPLAINTS.matcher(opening).find()
        || IMAGING_EXAM.matcher(after).find()) {
      return null;
    }
    after = text.substring(s.start() + from, s.end());
    Span rest = new Span(s.start() + from, s.end());
    if (OFF_EXAM.matcher(after).find() && !hasVocabulary(text, rest)) {
      return null;
    }
    return rest;
  }

  private boolean hasVocabulary(String text, Span s) {
    for (PhraseMatcher.Match<WordClass> m : vocab.find(text, s.start(), s.end())) {
      if (m.value() != WordClass.ORGAN) {
        return true;
      }
    }
    return false;
  }

  /** "no physical examination was documented" introduces nothing; nor does a CSF examination. */
  private static boolean negatedCue(String sentence, int at) {
    String before = sentence.substring(Math.max(0, at - 20), at).toLowerCase(Locale.ROOT);
    if (before.matches("(?s).*\\b(?:csf|lab|laboratory|urine|urinalysis|blood|pathology|pathologic|biopsy"
        + "|eeg|ecg|ekg|histologic|microscopic|cytologic|fluid|psychological|neuropsychological|eye|ophthalmologic|dental)\\s*")) {
      return true;
    }
    if (before.contains("subjective")) {
      // "his history, subjective, and objective findings show ...": an assessment, no exam
      return true;
    }
    return before.matches("(?s).*\\b(?:no|not|without|lack of|for|reason|indications?|requests?|requested)"
        + "(?:\\s+(?:an?|the|his|her|physical|further|repeat|follow-up))*\\s*");
  }

  /** The body part an introduction names ("examination of the right hip"), or null. */
  private String context(String text, Span cue) {
    var b = parts.first(text, cue);
    return b == null ? null : text.substring(cue.start(), cue.end());
  }

  /**
   * Whether a sentence outside any introduced examination plainly states a finding: a sign or a
   * test ("There was tenderness", "Spurling's test was positive"), or something examined with
   * its result ("range of motion was limited"), not a symptom the worker could be reporting.
   */
  private boolean plainFinding(String text, Span s, boolean afterComplaint) {
    boolean sign = false;
    boolean head = false;
    boolean result = false;
    for (PhraseMatcher.Match<WordClass> m : vocab.find(text, s.start(), s.end())) {
      String w = m.span().text(text).toLowerCase(Locale.ROOT);
      if (SYMPTOMS.contains(w)) {
        continue;
      }
      switch (m.value()) {
        case SIGN -> sign |= !afterComplaint || STRONG_SIGNS.contains(w);
        case TEST -> sign = true;
        case MEASURE, VITAL -> head = true;
        case EVALUATOR -> result = true;
        default -> { }
      }
    }
    result |= MEASURED.matcher(s.text(text)).find();
    return sign || (head && (result || (!afterComplaint && OBSERVED.matcher(s.text(text)).find())));
  }

  /**
   * The examination of a record: an "exam" section and the sub-headed sections that follow it,
   * line by line, each line's own "Label:" or its section's sub-heading as its label.
   */
  private void record(AnnotatedDocument doc, List<ExamPassage> out, List<Span> regions) {
    String text = doc.text();
    boolean operative = operative(doc);
    boolean inExam = false;
    for (Section sec : doc.sections()) {
      String heading = text.substring(sec.heading().start(), sec.heading().end())
          .replaceAll("[:\\s]+$", "").strip();
      String body = text.substring(sec.body().start(), sec.body().end());
      boolean surgeon = operative && sec.name().equals("findings")
          && OPERATIVE_FINDINGS.matcher(heading).matches();
      boolean exam = (sec.name().equals("exam") || EXAM_HEADING.matcher(heading).matches() || surgeon
          || (sec.name().equals("findings")
              && heading.toUpperCase(Locale.ROOT).matches(".*\\b(?:CLINICAL|PHYSICAL|EXAM\\w*|OBJECTIVE)\\b.*")))
          && !IMAGING_EXAM.matcher(body).find()
          && !NOT_EXAM_HEADING.matcher(heading).matches();
      boolean sub = inExam && (sec.name().equals("other") || sec.name().equals("exam"))
          && (subHeading(heading) || examLike(text, heading, sec.body()));
      if (!exam && !sub) {
        inExam = false;
        continue;
      }
      inExam = !surgeon;
      Span region = new Span(sec.heading().start(), sec.body().end());
      regions.add(region);
      String label = sub || !isMainExamHeading(heading) ? heading : null;
      lines(doc, sec.body(), label, label == null ? null : sec.heading(), surgeon, out);
    }
  }

  /** An operative or procedure note: its headings name the anesthesia. */
  private static boolean operative(AnnotatedDocument doc) {
    for (Section sec : doc.sections()) {
      if (sec.heading().text(doc.text()).toUpperCase(Locale.ROOT).startsWith("ANESTHESIA")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short heading of its own inside an examination ("Dynamometer Testing:", "Orthopedic
   * Tests:") whose body reports findings: the examination goes on under it.
   */
  private boolean examLike(String text, String heading, Span body) {
    if (heading.split("\\s+").length > 4 || NOT_SUB_HEADING.matcher(heading).find()) {
      return false;
    }
    Span start = new Span(body.start(), Math.min(body.end(), body.start() + 300));
    return hasVocabulary(text, start) && !IMAGING.matcher(start.text(text)).find();
  }

  private static boolean isMainExamHeading(String heading) {
    return heading.toUpperCase(Locale.ROOT).matches(
        ".*\\b(?:PHYSICAL|EXAM|EXAMINATION|OBJECTIVE|FINDINGS)\\b.*|O");
  }

  private boolean subHeading(String heading) {
    String h = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z/& ]", " ").replaceAll("\\s+", " ").strip();
    return SUB_HEADINGS.contains(h) || parts.lookup(h) != null || vocab.lookup(h) != null;
  }

  /** Each line of an exam body, cut into its sentences; a "Label:" opening a line labels it. */
  private void lines(AnnotatedDocument doc, Span body, String label, Span labelSpan,
      boolean everyItem, List<ExamPassage> out) {
    String text = doc.text();
    int start = body.start();
    while (start < body.end()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 || nl > body.end() ? body.end() : nl;
      Span line = new Span(start, end).trim(text);
      start = end + 1;
      if (line.length() == 0) {
        continue;
      }
      String lineLabel = label;
      Span lineLabelSpan = labelSpan;
      Matcher heading = UPPER_HEADING.matcher(text).region(line.start(), line.end());
      if (heading.lookingAt() && END_OF_EXAM.matcher(heading.group(1)).find()) {
        // "LAB AND/OR IMAGING TESTS ORDERS:" inside an exam section ends it
        return;
      }
      Matcher m = INLINE_LABEL.matcher(text).region(line.start(), line.end());
      if (m.lookingAt() && m.group(1).split("\\s+").length <= 4 && !m.group(1).matches("(?i).*\\b(?:was|were|is|are)\\b.*")) {
        lineLabel = m.group(1).strip();
        lineLabelSpan = new Span(m.start(1), m.end(1)).trim(text);
        if (END_OF_EXAM.matcher(lineLabel).find()) {
          return;
        }
        line = new Span(m.end(), line.end());
      }
      for (Span s : doc.sentences()) {
        if (s.start() >= line.end()) {
          break;
        }
        if (s.end() <= line.start()) {
          continue;
        }
        Span part = new Span(Math.max(s.start(), line.start()), Math.min(s.end(), line.end())).trim(text);
        String sentence = part.text(text);
        // a heading names what its first sentence says "soft" or "clear" of; later sentences
        // have subjects of their own
        String partLabel = lineLabel;
        Span partLabelSpan = lineLabelSpan;
        lineLabel = null;
        lineLabelSpan = null;
        Matcher complaint = COMPLAINT_VERB.matcher(sentence);
        if (complaint.find() && complaint.start() > 0
            && hasVocabulary(text, new Span(part.start(), part.start() + complaint.start()))) {
          // "No acute distress at the time of the exam except ... complains of knee pain"
          part = new Span(part.start(), part.start() + complaint.start()).trim(text);
          sentence = part.text(text);
        }
        if (part.length() == 0 || ACTION.matcher(sentence).find() || COMPLAINT_VERB.matcher(sentence).find()) {
          continue;
        }
        out.add(new ExamPassage(part, partLabel, partLabelSpan, null, everyItem));
      }
    }
  }
}
