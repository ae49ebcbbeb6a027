package org.imrx.extract.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.dates.DateMention;
import org.imrx.lexicon.ModalityLexicon;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.model.TimelineEvent;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * Every dated event the clinical region states: each date (full or partial, "2016-03", "2015")
 * becomes an event of the kind named by the nearest cue in its clause: {@code injury} (injured,
 * accident, fell), {@code ur-decision} (utilization review, non-certified, prior determination),
 * {@code imaging} (a study of the modality lexicon), {@code surgery}, {@code treatment}
 * (injection, therapy, prescribed), {@code visit} (seen, progress report, evaluation), else
 * {@code other} (a request for authorization, an application). One event per date and kind; the
 * first mention is its evidence, its clause its {@code text}.
 *
 * <p>Events are ordered by date, earliest first (a partial date before the full dates it
 * contains: "2016-03" before "2016-03-15"), and by position in the text where dates are equal:
 * a timeline is read in time order, and the evidence offsets lead back to the text. Stateless
 * and thread-safe.
 */
public final class RegexTimelineExtractor implements Extractor<List<TimelineEvent>> {
  private record Cue(String kind, int priority, Pattern pattern) {}

  private record Dated(DateMention date, TimelineEvent event) {}

  // Each pattern checks the word boundary once, then its alternatives: a boundary inside every
  // alternative made the engine test it once per alternative at every position.
  private static final List<Cue> CUES = List.of(
      new Cue("ur-decision", 0, Pattern.compile("(?i)\\b(?:utilization\\s+review\\b|UR\\b|non-?\\s?certif\\w*"
          + "|(?:prior|previous|original)\\s+(?:determination|review|denial)|denied\\b|denial\\b"
          + "|modified\\s+the\\s+request|claims\\s+administrator\\b|failed\\s+to\\s+approve\\b)")),
      // "the injured worker" names the person and "Doctor's First Report of Occupational Injury"
      // a report, not an injury.
      new Cue("injury", 1, Pattern.compile("(?i)\\b(?:(?<!report\\sof\\s)(?<!report\\sof\\soccupational\\s)"
          + "injur(?:y|ies)\\b|injured\\b(?!\\s+(?:worker|employee|party|patient|individual|person))"
          + "|accident\\b|DOI\\b|fell\\b|slipped\\b|tripped\\b|MVA\\b|MVC\\b|collision\\b"
          + "|occupational\\s+claim\\b|cumulative\\s+trauma\\b)")),
      new Cue("surgery", 2, Pattern.compile("(?i)\\b(?:surg(?:ery|eries|ical)\\b|operat(?:ion|ive)\\b"
          + "|arthroscop\\w*|repair\\b|fusion\\b|\\w+(?:ectomy|plasty|otomy|desis)\\b|ORIF\\b"
          + "|reduction\\b|pinning\\b|release\\b|replacement\\b|reconstruction\\b"
          + "|decompression\\b|fixation\\b)")),
      new Cue("treatment", 4, Pattern.compile("(?i)\\b(?:injections?\\b|therap(?:y|ies)\\b|chiropractic\\b"
          + "|acupuncture\\b|prescribed\\b|medications?\\b|started\\s+on\\b|dispensed\\b"
          + "|TENS\\b|blocks?\\b|epidural\\b|ESI\\b|sessions?\\b|refill\\w*)")),
      new Cue("visit", 5, Pattern.compile("(?i)\\b(?:visits?\\b|seen\\b|evaluat(?:ed|ion)\\b|examin(?:ed|ation)\\b"
          + "|exam\\b|presented\\b|follow[- ]?up\\b|progress\\s+(?:note|report)s?\\b|PR-?2\\b"
          + "|(?:report|notes?|records?|documentation|assessment|encounter|appointment|consultation"
          + "|consult|office|clinic|emergency|ER)\\b|date\\s+of\\s+service\\b|DOS\\b|provider\\b"
          + "|physician\\b|complain(?:ed|s)\\b|reported\\b|(?:objective\\s+)?findings\\b"
          + "|noted\\b|documented\\b)")),
      new Cue("other", 6, Pattern.compile("(?i)\\b(?:request\\s+for\\s+authori[sz]ation\\b|RFA\\b"
          + "|application\\b)")));
  private static final int IMAGING_PRIORITY = 3;
  /** A capitalised label a record's line opens with: "HOSPITAL COURSE:", "PROCEDURE:". */
  private static final Pattern LEAD_LABEL = Pattern.compile("[ \\t]*[A-Z][A-Z0-9 /&,'-]{2,60}:[ \\t]*");
  private static final Pattern LIST_NUMBER = Pattern.compile("[ \\t]*(?:\\d{1,2}[.)]|[-*\u2022])[ \\t]+");
  private static final int MAX_TEXT = 300;

  private final ModalityLexicon modalities;

  public RegexTimelineExtractor(ModalityLexicon modalities) {
    this.modalities = modalities;
  }

  @Override
  public List<TimelineEvent> extract(AnnotatedDocument doc) {
    String text = doc.text();
    Span region = doc.clinicalRegion();
    List<Span> sentences = doc.sentencesIn(region);
    List<Dated> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // Dates of one clause share its cues, found once.
    Map<Span, List<Hit>> cues = new HashMap<>();
    for (DateMention d : doc.datesIn(region, true)) {
      Span clause = clause(text, sentences, d.span(), region);
      // A heading leading into the clause still tells its kind ("PHYSICAL EXAMINATION: ...").
      String kind = kind(cues.computeIfAbsent(clause, c -> hits(text, c)), d.span());
      if (!seen.add(d.iso() + "|" + kind)) {
        continue;
      }
      Span shown = shorten(text, withoutLead(doc, clause, d.span()), d.span());
      events.add(new Dated(d, new TimelineEvent(d.iso(), kind,
          shown.text(text).replaceAll("\\s+", " "), doc.evidence(shown))));
    }
    events.sort(Comparator.<Dated, String>comparing(e -> e.date().iso())
        .thenComparingInt(e -> e.date().span().start()));
    return events.stream().map(Dated::event).toList();
  }

  /** Where a clause names a kind of event, in the order ties are settled. */
  private record Hit(int start, int end, String kind, int priority) {}

  private List<Hit> hits(String text, Span clause) {
    List<Hit> out = new ArrayList<>();
    for (Cue cue : CUES) {
      Matcher m = cue.pattern().matcher(text).region(clause.start(), clause.end());
      while (m.find()) {
        out.add(new Hit(m.start(), m.end(), cue.kind(), cue.priority()));
      }
    }
    for (PhraseMatcher.Match<ModalityLexicon.Term> m : modalities.find(text, clause.start(), clause.end())) {
      if (m.value().modality() != null) {
        out.add(new Hit(m.span().start(), m.span().end(), "imaging", IMAGING_PRIORITY));
      }
    }
    return out;
  }

  /** The kind named by the cue nearest the date in its clause; ties go to the stronger kind. */
  private static String kind(List<Hit> hits, Span date) {
    String best = "other";
    int bestDistance = Integer.MAX_VALUE;
    int bestPriority = Integer.MAX_VALUE;
    for (Hit h : hits) {
      int distance = distance(date, h.start(), h.end());
      if (distance < bestDistance || (distance == bestDistance && h.priority() < bestPriority)) {
        best = h.kind();
        bestDistance = distance;
        bestPriority = h.priority();
      }
    }
    return best;
  }

  private static int distance(Span date, int start, int end) {
    if (end <= date.start()) {
      return date.start() - end;
    }
    return start >= date.end() ? start - date.end() : 0;
  }

  /** The date's sentence, cut at semicolons: "... for x; for y dated z". */
  private static Span clause(String text, List<Span> sentences, Span date, Span region) {
    Span sentence = null;
    for (Span s : sentences) {
      if (s.contains(date)) {
        sentence = s;
        break;
      }
    }
    if (sentence == null) {
      int start = Math.max(region.start(), text.lastIndexOf('\n', date.start()) + 1);
      int end = text.indexOf('\n', date.end());
      sentence = new Span(start, end < 0 || end > region.end() ? region.end() : end);
    }
    int start = text.lastIndexOf(';', date.start() - 1);
    start = start >= sentence.start() ? start + 1 : sentence.start();
    int end = text.indexOf(';', date.end());
    end = end >= 0 && end < sentence.end() ? end : sentence.end();
    return new Span(start, end).trim(text);
  }

  /**
   * The clause without what leads into it but states nothing: a section heading the sentence
   * runs on from ("PROCEDURE: On 08/21/03, she was taken ...", "COURSE IN HOSPITAL: The patient
   * was ...") and a list number ("2. Open reduction ... (July 23, 2008)").
   */
  private static Span withoutLead(AnnotatedDocument doc, Span clause, Span date) {
    String text = doc.text();
    int start = clause.start();
    for (Section s : doc.sections()) {
      Span h = s.heading();
      if (h.length() > 0 && h.start() <= start && h.end() > start && h.end() <= date.start()) {
        start = h.end();
      }
    }
    Matcher label = LEAD_LABEL.matcher(text).region(start, date.start());
    if (label.lookingAt()) {
      start = label.end();
    }
    Matcher number = LIST_NUMBER.matcher(text).region(start, date.start());
    if (number.lookingAt()) {
      start = number.end();
    }
    return new Span(start, clause.end()).trim(text);
  }

  /** A clause of at most {@link #MAX_TEXT} characters around the date, cut at word ends. */
  private static Span shorten(String text, Span clause, Span date) {
    if (clause.length() <= MAX_TEXT) {
      return clause;
    }
    int start = Math.max(clause.start(), date.start() - MAX_TEXT / 2);
    int end = Math.min(clause.end(), start + MAX_TEXT);
    while (start > clause.start() && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    while (end < clause.end() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return new Span(start, end).trim(text);
  }
}
