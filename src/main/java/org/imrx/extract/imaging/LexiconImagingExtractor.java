package org.imrx.extract.imaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.dates.DateMask;
import org.imrx.extract.dates.DateMention;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ModalityLexicon;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.model.ImagingStudy;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * Prior imaging: the studies a text says were done, found by the modality lexicon, grown into
 * their noun phrase (body part, side, technique) and kept only where the sentence says they were
 * done (see {@link StudyContext}). The study a radiology report is about (its EXAM line or title)
 * counts as done, and the report's other mentions of the same modality are that study. One item
 * per study, as the annotation guideline lists a concept once: mentions of the same modality,
 * body part and side are merged, and a mention without a body part joins a study of its modality.
 * Stateless and thread-safe.
 */
public final class LexiconImagingExtractor implements Extractor<List<ImagingStudy>> {
  private static final Pattern HEADER_LABEL = Pattern.compile(
      "(?i)^[ \\t]*(?:EXAM(?:INATION)?(?: PERFORMED)?|STUDY|STUDIES|PROCEDURES?|TYPE\\s+OF\\s+(?:EXAM|STUDY)"
          + "|TESTS?(?: DONE| PERFORMED)?"
          + "|TITLE)[ \\t]*:[ \\t]*");
  private static final Pattern THERAPY_AFTER = Pattern.compile(
      "(?i)^\\s*(?:x\\s*\\d|\\d+\\s*(?:times|sessions|visits|x\\b)|times|sessions|visits|therapy|treatments?)");
  private static final Pattern THERAPY_BEFORE = Pattern.compile(
      "(?i)(?:electrical\\s+(?:muscle )?stimulation|e-?stim|massage|hot\\s+packs?|cold\\s+packs?|heat|TENS|"
          + "manipulation|mobilization|exercises?|traction|iontophoresis|interferential|myofascial)[^.;]{0,40}$");
  private static final Pattern PART_AFTER_DATE = Pattern.compile(
      "(?i)[\\s,)]*(?:of|to)\\s+(?:(?:the|his|her)\\s+)?(?:(?:left|right|bilateral)\\s+)?");
  /** "imaging studies", "diagnostic imaging": a study named without its modality ("scan" is not). */
  private static final Pattern GENERIC_STUDY = Pattern.compile("(?i)\\b(?:imaging|stud(?:y|ies))\\b");
  private static final Pattern GUIDANCE = Pattern.compile(
      "(?i)\\bguid(?:ance|ed|e|ing)\\b|\\bC-arm\\b|\\bneedle\\b|\\bfluoroscop"
          + "|confirm\\w*\\s+(?:\\w+\\s+){0,3}(?:placement|position)|\\blocaliz"
          + "|during\\s+(?:the|this)\\s+procedure");
  private static final Pattern FLUOROSCOPY = Pattern.compile(
      "(?i)fluoroscop|\\bC-arm\\b|intraoperative|under\\s+(?:\\w+ )?guidance");
  /** A spinal level: "L4-5", "C5-C6", "T12-L1", "L5"; a bare "T1" or "T2" is an MRI sequence. */
  private static final Pattern SPINAL_LEVEL = Pattern.compile(
      "\\b(?:([CTL])\\d{1,2}-[CTLS]?\\d{1,2}|([CL])\\d)\\b");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]|\\band\\b");
  private static final Set<String> SPINE_PARENTS = Set.of("spine", "back");
  private static final Set<String> LABEL_WORDS = Set.of("of", "the", "left", "right", "bilateral",
      "with", "without", "and", "contrast", "iv", "w", "wo", "view", "views", "ap", "pa", "lateral",
      "oblique", "scan", "exam", "examination", "two", "three", "four", "2", "3", "4", "plain",
      "noncontrast", "standing", "series");
  /** What a label says when no study was done or its result is elsewhere. */
  private static final Pattern NO_RESULT = Pattern.compile(
      "(?i)(?:none|no\\b|not\\b|n/?a\\b|nil\\b|pending|ordered|request|recommend|planned|to\\s+be"
          + "|will\\b|deferred|unavailable|see\\b|as\\s+(?:per|above|below|noted)|per\\b|reviewed\\s*\\.?$)");

  /** A modality term grown into its phrase, and whether it heads its report. */
  private record Parsed(ModalityLexicon.Term term, Span termSpan, StudyPhraseParser.Phrase phrase,
      boolean header) {}

  private final ModalityLexicon modalities;
  private final BodyPartLexicon bodyParts;
  private final StudyPhraseParser phrases;
  private final StudyContext context = new StudyContext();

  public LexiconImagingExtractor(ModalityLexicon modalities, BodyPartLexicon bodyParts) {
    this.modalities = modalities;
    this.bodyParts = bodyParts;
    this.phrases = new StudyPhraseParser(bodyParts);
  }

  @Override
  public List<ImagingStudy> extract(AnnotatedDocument doc) {
    List<StudyMention> done = mentions(doc).stream().filter(StudyMention::done).toList();
    return merge(doc.text(), done).stream().map(g -> g.study(doc)).toList();
  }

  /** Every study the clinical region names, done or not, in text order. */
  public List<StudyMention> mentions(AnnotatedDocument doc) {
    String text = doc.text();
    Span region = doc.clinicalRegion();
    List<DateMention> found = doc.datesIn(region, true);
    String masked = DateMask.mask(text, found);
    List<Span> sentences = doc.sentencesIn(region);
    if (sentences.isEmpty() && region.length() > 0) {
      sentences = List.of(region);
    }
    List<StudyMention> out = new ArrayList<>();
    for (Span sentence : sentences) {
      sentenceMentions(doc, text, masked, sentence, found, out);
    }
    return out;
  }

  private void sentenceMentions(AnnotatedDocument doc, String text, String masked, Span sentence,
      List<DateMention> allDates, List<StudyMention> out) {
    List<PhraseMatcher.Match<ModalityLexicon.Term>> terms =
        modalities.find(text, sentence.start(), sentence.end());
    if (terms.isEmpty()) {
      return;
    }
    Tokens tokens = new Tokens(text, sentence.start(), sentence.end());
    Map<Integer, BodyPart> partAt = new HashMap<>();
    Map<Integer, int[]> bpIndex = phrases.bodyPartIndex(text, tokens, sentence.start(),
        sentence.end(), partAt);
    List<DateMention> sentenceDates = allDates.stream()
        .filter(d -> sentence.contains(d.span())).toList();
    int floor = sentence.start();
    List<Parsed> parsed = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      PhraseMatcher.Match<ModalityLexicon.Term> term = terms.get(i);
      Span span = term.span();
      int head = tokens.indexAtOrAfter(span.start());
      int headEnd = tokens.indexEndingBy(span.end());
      if (head >= tokens.size() || headEnd < head || head < tokens.indexAtOrAfter(floor)) {
        continue;
      }
      if (term.value().view() && !phrases.projected(tokens, head)
          && !(inImagingSection(doc, span) && phrases.partFollows(tokens, headEnd, bpIndex))) {
        continue;
      }
      if (procedural(doc, text, span, term.value(), sentence)) {
        continue;
      }
      if (isLabel(text, span) || inHeading(doc, span)) {
        labelStudy(text, span, term.value(), out);
        continue;
      }
      if (isTherapy(text, span, term.value(), sentence)) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
      int lineEnd = text.indexOf('\n', span.end());
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      boolean header = isHeader(text, lineStart, lineEnd, span);
      int limit = nextSpecific(terms, i, sentence.end());
      if (header) {
        limit = Math.min(limit, lineEnd);
      }
      StudyPhraseParser.Phrase phrase =
          phrases.parse(text, tokens, head, headEnd, bpIndex, partAt, header, floor, limit);
      floor = phrase.extent().end();
      parsed.add(new Parsed(term.value(), span, phrase, header));
    }
    for (int i = 0; i < parsed.size(); i++) {
      ModalityLexicon.Term term = parsed.get(i).term();
      StudyPhraseParser.Phrase phrase = parsed.get(i).phrase();
      boolean header = parsed.get(i).header();
      int next = i + 1 < parsed.size() ? parsed.get(i + 1).phrase().extent().start() : sentence.end();
      Span extent = phrase.extent();
      StudyContext.Reading reading = header ? new StudyContext.Reading(true, null, null)
          : context.read(text, masked, sentence, extent, next, sentenceDates);
      boolean done = decide(doc, reading, phrase, extent)
          && !(term.modality() == null && term.bodyPart() == null && phrase.parts().stream()
              .allMatch(p -> p.bodyPart() == null) && section(doc, extent).equals("plan"));
      for (StudyPhraseParser.Part part : phrase.parts()) {
        BodyPart bp = part.bodyPart();
        boolean written = bp != null || term.bodyPart() != null;
        String side = part.laterality();
        if (bp == null && header) {
          bp = partOutside(text, extent, parsed.get(i).termSpan());
          side = side != null ? side : org.imrx.lexicon.Laterality.of(text, extent);
        }
        if (bp == null && reading.date() != null && reading.date().span().start() >= extent.end()) {
          bp = partAfter(text, reading.date().span().end(), sentence.end());
        }
        if (bp == null && reading.result() != null) {
          bp = partInResult(text, reading.result());
        }
        if (bp == null) {
          bp = term.bodyPart();
        }
        if (header && bp == null) {
          header = isLabelled(text, extent)
              || (term.modality() != null && extent.text(text).strip().split("\\s+").length >= 2);
        }
        Span evidence = evidence(extent, reading);
        out.add(new StudyMention(extent, part.text(), term.modality(), bp, side, done,
            reading.date(), reading.result(), phrase.repeat(), header, evidence, written));
      }
    }
  }

  private static boolean decide(AnnotatedDocument doc, StudyContext.Reading reading,
      StudyPhraseParser.Phrase phrase, Span extent) {
    if (reading.done() != null && (reading.result() != null || !phrase.prior())) {
      return reading.done();
    }
    if (phrase.prior()) {
      return true;
    }
    String section = doc.sectionAt(extent.start()).map(Section::name).orElse("");
    if (section.equals("plan")) {
      return false;
    }
    if (section.equals("imaging") || section.equals("findings") || resultsHeading(doc, extent)) {
      return true;
    }
    return reading.date() != null;
  }

  /** "NUCLEAR RESULTS:", "RESULTS:": what a results section names was done. */
  private static String section(AnnotatedDocument doc, Span span) {
    return doc.sectionAt(span.start()).map(Section::name).orElse("");
  }

  private static boolean resultsHeading(AnnotatedDocument doc, Span extent) {
    return doc.sectionAt(extent.start())
        .map(s -> doc.text(s.heading()).toUpperCase(java.util.Locale.ROOT).contains("RESULT"))
        .orElse(false);
  }

  /**
   * "MRI: Arnold Chiari II with syrinx ...": a label naming a modality, followed by a result on
   * its line (or the next) that names no study of its own, is that study, done.
   */
  private void labelStudy(String text, Span span, ModalityLexicon.Term term, List<StudyMention> out) {
    if (term.modality() == null) {
      return;
    }
    int colon = text.indexOf(':', span.end());
    int lineEnd = lineEnd(text, span.end());
    int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
    if (colon < 0 || colon >= lineEnd || colon - span.end() > 40
        || !onlyStudyWords(text, lineStart, span.start()) || !onlyStudyWords(text, span.end(), colon)) {
      return;
    }
    Span body = new Span(colon + 1, lineEnd).trim(text);
    if (body.length() == 0 && lineEnd < text.length()) {
      body = new Span(lineEnd + 1, lineEnd(text, lineEnd + 1)).trim(text);
      if (text.indexOf(':', body.start()) >= 0 && text.indexOf(':', body.start()) < body.end()
          && text.indexOf(':', body.start()) - body.start() < 40) {
        return;
      }
    }
    if (body.length() < 3 || NO_RESULT.matcher(text).region(body.start(), body.end()).lookingAt()
        || !modalities.find(text, body.start(), body.end()).isEmpty()) {
      return;
    }
    BodyPart bp = partInResult(text, body);
    boolean written = term.bodyPart() != null;
    bp = bp != null ? bp : term.bodyPart();
    out.add(new StudyMention(span, collapseText(text, span), term.modality(), bp, null, true, null,
        body, false, false, new Span(span.start(), body.end()), written));
  }

  /**
   * Whether {@code [from, to)} holds only words of a study's name: body parts, sides, technique
   * ("MRI Brain with/without contrast:"), not "TEST & X-RAY RESULTS:".
   */
  private boolean onlyStudyWords(String text, int from, int to) {
    StringBuilder rest = new StringBuilder(text.substring(from, to));
    for (PhraseMatcher.Match<BodyPart> m : bodyParts.find(text, from, to)) {
      for (int i = m.span().start(); i < m.span().end(); i++) {
        rest.setCharAt(i - from, ' ');
      }
    }
    for (String w : PhraseMatcher.words(rest.toString())) {
      if (!LABEL_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static String collapseText(String text, Span span) {
    return StudyPhraseParser.collapse(span.text(text));
  }

  private static int lineEnd(String text, int from) {
    int e = text.indexOf('\n', from);
    return e < 0 ? text.length() : e;
  }

  private static Span evidence(Span extent, StudyContext.Reading reading) {
    int start = extent.start();
    int end = extent.end();
    if (reading.date() != null) {
      start = Math.min(start, reading.date().span().start());
      end = Math.max(end, reading.date().span().end());
    }
    if (reading.result() != null) {
      end = Math.max(end, reading.result().end());
    }
    return new Span(start, end);
  }

  private static boolean inImagingSection(AnnotatedDocument doc, Span span) {
    String name = doc.sectionAt(span.start()).map(Section::name).orElse("");
    return name.equals("imaging") || name.equals("findings");
  }

  /**
   * Fluoroscopy and films taken during an operation or injection guide it: not a study of their
   * own. So are the films of a procedure note's description of the procedure.
   */
  private static boolean procedural(AnnotatedDocument doc, String text, Span span,
      ModalityLexicon.Term term, Span sentence) {
    if (term.modality() != null && !term.modality().equals("X-ray")) {
      // "CT was used to guide the needle", "an arthrogram confirmed needle placement".
      return GUIDANCE.matcher(text).region(Math.max(sentence.start(), span.start() - 60),
          Math.min(sentence.end(), span.end() + 60)).find();
    }
    if (FLUOROSCOPY.matcher(text).region(sentence.start(), sentence.end()).find()) {
      return true;
    }
    return doc.sectionAt(span.start()).map(Section::name).orElse("").equals("procedure")
        && !labelledNear(text, text.lastIndexOf('\n', span.start() - 1) + 1, span.start());
  }

  /** Where the next term naming a modality starts: "scan" in "MRI brain scan" joins the MRI. */
  private static int nextSpecific(List<PhraseMatcher.Match<ModalityLexicon.Term>> terms, int i,
      int end) {
    for (int j = i + 1; j < terms.size(); j++) {
      if (terms.get(j).value().modality() != null) {
        return terms.get(j).span().start();
      }
    }
    return end;
  }

  /** A modality word inside a section heading ("RADIOGRAPHIC AND/OR IMAGING TESTS:") names none. */
  private static boolean inHeading(AnnotatedDocument doc, Span span) {
    for (Section s : doc.sections()) {
      if (s.heading().contains(span) && s.heading().length() > 0) {
        String h = doc.text(s.heading()).strip();
        if (h.endsWith(":")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "X-RAYS:", "X-RAY INTERPRETATION:", "RADIOGRAPHIC AND/OR IMAGING TESTS:": a capitalised label
   * at the start of a line that names the kind of what follows, not a study.
   */
  private boolean isLabel(String text, Span span) {
    int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
    if (hasLower(text, lineStart, span.start()) && !titleWords(text, lineStart, span.start())) {
      return false;
    }
    int colon = text.indexOf(':', span.end());
    int lineEnd = text.indexOf('\n', span.end());
    if (colon < 0 || colon - span.end() > 50 || (lineEnd >= 0 && lineEnd < colon)
        || (hasLower(text, span.end(), colon) && !titleWords(text, span.end(), colon))) {
      return false;
    }
    return bodyParts.find(text, lineStart, colon).isEmpty();
  }

  /** "Diagnostic Imaging:", "Prior Imaging Studies:": a few capitalised words before a colon. */
  private static boolean titleWords(String text, int from, int to) {
    String[] words = text.substring(from, to).strip().split("\\s+");
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLower(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTherapy(String text, Span span, ModalityLexicon.Term term, Span sentence) {
    if (!"ultrasound".equals(term.modality()) || term.bodyPart() != null) {
      return false;
    }
    int end = Math.min(sentence.end(), span.end() + 30);
    if (THERAPY_AFTER.matcher(text).region(span.end(), end).lookingAt()) {
      return true;
    }
    int start = Math.max(sentence.start(), span.start() - 80);
    return THERAPY_BEFORE.matcher(text).region(start, span.start()).find();
  }

  /**
   * Whether a study heads its report: it follows an "EXAM:" label, or it is on a title line
   * (capitals, no colon after it, a few words).
   */
  private static boolean isHeader(String text, int lineStart, int lineEnd, Span span) {
    if (labelledNear(text, lineStart, span.start())) {
      return true;
    }
    String line = text.substring(lineStart, lineEnd).strip();
    if (line.isEmpty() || line.endsWith(":") || line.length() > 90) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLowerCase(line.charAt(i))) {
        return false;
      }
    }
    return line.split("\\s+").length <= 12;
  }

  /**
   * An "EXAM:" or "PROCEDURE:" label before the study on its line, near it or on a short line:
   * the study it names, not one a long procedure paragraph after "PROCEDURE:" mentions ("checked
   * under AP and lateral views").
   */
  private static boolean labelledNear(String text, int lineStart, int at) {
    Matcher label = HEADER_LABEL.matcher(text).region(lineStart, at);
    if (!label.lookingAt()) {
      return false;
    }
    int lineEnd = text.indexOf('\n', at);
    return at - label.end() <= 60 || (lineEnd < 0 ? text.length() : lineEnd) - lineStart <= 200;
  }

  /** A title line counts as the report's study only when it names a body part or an EXAM label. */
  private static boolean isLabelled(String text, Span extent) {
    int lineStart = text.lastIndexOf('\n', extent.start() - 1) + 1;
    return labelledNear(text, lineStart, extent.start());
  }

  /** The first body part of a heading's study outside its modality term ("Left heart cath"). */
  private BodyPart partOutside(String text, Span extent, Span term) {
    for (PhraseMatcher.Match<BodyPart> m : bodyParts.find(text, extent.start(), extent.end())) {
      if (!term.contains(m.span())) {
        return m.value();
      }
    }
    return null;
  }

  /** "x-rays done on 10-14-2016 of the lumbar spine": the body part after the date. */
  private BodyPart partAfter(String text, int from, int end) {
    Matcher m = PART_AFTER_DATE.matcher(text).region(from, end);
    if (!m.lookingAt()) {
      return null;
    }
    List<PhraseMatcher.Match<BodyPart>> found = bodyParts.find(text, m.end(), Math.min(end, m.end() + 40));
    return !found.isEmpty() && found.get(0).span().start() == m.end() ? found.get(0).value() : null;
  }

  private BodyPart partInResult(String text, Span result) {
    int end = result.start();
    int words = 0;
    while (end < result.end() && words < 7) {
      while (end < result.end() && !Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      while (end < result.end() && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      words++;
    }
    for (PhraseMatcher.Match<BodyPart> m : bodyParts.find(text, result.start(), end)) {
      if (!SPINE_PARENTS.contains(m.value().name())) {
        return m.value();
      }
    }
    // "narrowing of the L4-5 disc space": the level names the spine.
    Matcher level = SPINAL_LEVEL.matcher(text).region(result.start(), result.end());
    if (level.find()) {
      String letter = level.group(1) != null ? level.group(1) : level.group(2);
      return bodyParts.lookup(switch (letter) {
        case "C" -> "cervical spine";
        case "T" -> "thoracic spine";
        default -> "lumbar spine";
      });
    }
    return null;
  }

  // ---- one item per study ----

  /** Mentions of one study, represented by its most informative mention. */
  private static final class Group {
    final List<StudyMention> mentions = new ArrayList<>();
    StudyMention best;

    Group(StudyMention m) {
      add(m);
    }

    void add(StudyMention m) {
      mentions.add(m);
      if (best == null || weight(m) > weight(best)) {
        best = m;
      }
    }

    int first() {
      return mentions.stream().mapToInt(m -> m.span().start()).min().orElse(0);
    }

    String modality() {
      return best.modality() != null ? best.modality()
          : mentions.stream().map(StudyMention::modality).filter(m -> m != null).findFirst().orElse(null);
    }

    ImagingStudy study(AnnotatedDocument doc) {
      DateMention date = best.date();
      Span result = best.result();
      boolean repeat = false;
      StudyMention named = best;
      for (StudyMention m : mentions) {
        date = date != null ? date : m.date();
        result = result != null ? result : m.result();
        repeat |= m.repeat();
        if (textWeight(m) > textWeight(named)
            || (textWeight(m) == textWeight(named) && m.span().start() < named.span().start())) {
          named = m;
        }
      }
      // The item reads as the study's fullest naming, the first of equals: a body part read
      // from a result ("the x-ray showed ... L5") adds no words to "x-rays".
      return new ImagingStudy(named.text(), modality(),
          best.bodyPart() == null ? null : best.bodyPart().name(), best.laterality(),
          date == null ? null : date.iso(),
          result == null ? null : StudyPhraseParser.collapse(doc.text(result)), repeat,
          doc.evidence(named.evidence()));
    }

    private static int textWeight(StudyMention m) {
      return (m.reportSubject() ? 4 : 0) + (m.partWritten() ? 2 : 0)
          + (m.laterality() != null ? 1 : 0) + (m.modality() != null ? 1 : 0);
    }

    private static int weight(StudyMention m) {
      return (m.reportSubject() ? 4 : 0) + (m.bodyPart() != null ? 2 : 0)
          + (m.laterality() != null ? 1 : 0);
    }
  }

  /**
   * Two studies an EXAM line lists apart, neither naming a body part ("Left heart cath,
   * selective coronary angiogram, right common femoral angiogram"), are two studies.
   */
  private static boolean listedApart(String text, List<Group> groups, StudyMention m) {
    if (m.bodyPart() != null || groups.isEmpty()) {
      return false;
    }
    StudyMention last = groups.get(groups.size() - 1).best;
    if (last.bodyPart() != null || last.span().end() > m.span().start()) {
      return false;
    }
    String between = text.substring(last.span().end(), m.span().start());
    return !between.contains("\n") && LIST_SEPARATOR.matcher(between).find();
  }

  private static List<Group> merge(String text, List<StudyMention> done) {
    List<Group> groups = new ArrayList<>();
    boolean report = done.stream().anyMatch(StudyMention::reportSubject);
    for (StudyMention m : done) {
      if (m.reportSubject()) {
        if (listedApart(text, groups, m)) {
          groups.add(new Group(m));
        } else {
          place(groups, m, false);
        }
      }
    }
    List<Group> subjects = List.copyOf(groups);
    for (StudyMention m : done) {
      if (m.reportSubject() || m.bodyPart() == null || m.modality() == null) {
        continue;
      }
      if (report && joinSubject(subjects, m)) {
        continue;
      }
      place(groups, m, false);
    }
    for (StudyMention m : done) {
      if (!m.reportSubject() && (m.bodyPart() == null || m.modality() == null)) {
        if (m.modality() == null && m.result() != null && !report && GENERIC_STUDY.matcher(m.text()).find()) {
          // "imaging studies revealed a pericardial cyst": a study of its own, its modality unsaid.
          groups.add(new Group(m));
        } else {
          place(groups, m, true);
        }
      }
    }
    groups.sort(Comparator.comparingInt(Group::first));
    return groups;
  }

  private static boolean joinSubject(List<Group> subjects, StudyMention m) {
    Group sameModality = null;
    for (Group g : subjects) {
      if (m.modality().equals(g.modality())) {
        if (compatible(g.best, m)) {
          g.add(m);
          return true;
        }
        sameModality = sameModality == null ? g : sameModality;
      }
    }
    if (sameModality != null) {
      sameModality.add(m);
      return true;
    }
    return false;
  }

  private static void place(List<Group> groups, StudyMention m, boolean loose) {
    for (Group g : groups) {
      boolean modality = m.modality() == null || m.modality().equals(g.modality());
      if (modality && (loose ? m.bodyPart() == null || compatible(g.best, m) : compatible(g.best, m))) {
        g.add(m);
        return;
      }
    }
    groups.add(new Group(m));
  }

  private static boolean compatible(StudyMention a, StudyMention b) {
    if (a.modality() != null && b.modality() != null && !a.modality().equals(b.modality())) {
      return false;
    }
    if (a.laterality() != null && b.laterality() != null && !a.laterality().equals(b.laterality())) {
      return false;
    }
    if (a.bodyPart() == null || b.bodyPart() == null) {
      return true;
    }
    String x = a.bodyPart().name();
    String y = b.bodyPart().name();
    return x.equals(y) || spineFamily(x, y) || spineFamily(y, x) || headFamily(x, y)
        // "Scans of the pelvis" in a report on a CT of the abdomen and pelvis.
        || ((a.modality() == null || b.modality() == null) && StudyPhraseParser.oneExam(x, y));
  }

  /** A study of the head is one of the brain ("brain CT", "CT of his head"). */
  private static boolean headFamily(String x, String y) {
    return (x.equals("head") && y.equals("brain")) || (x.equals("brain") && y.equals("head"));
  }

  private static boolean spineFamily(String general, String specific) {
    if (general.equals("lumbar spine") && specific.equals("lumbosacral spine")) {
      return true;
    }
    return SPINE_PARENTS.contains(general) && (specific.endsWith("spine")
        || specific.equals("sacrum") || specific.equals("coccyx"));
  }
}
