package org.imrx.extract.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * Where a medical record states diagnoses: the entries of its IMPRESSION / ASSESSMENT /
 * DIAGNOSES / CONCLUSIONS sections (numbered items, else lines; of each entry its first sentence
 * and any further one that is a bare noun phrase, up to a sign-off), the conditions of its past
 * medical history, and sentences elsewhere that say what the patient has ("diagnosed with", "she
 * carries a history of", "he has"). The reason for an examination (its section, or what a visit or
 * referral is "for") is returned apart, to be read only where the record
 * states no diagnosis. Sections are told by their headings, so the finder does not depend on how
 * a sectioner names them. Stateless and thread-safe.
 */
final class RecordListFinder {
  private static final Pattern DIAGNOSES = Pattern.compile(
      "IMPRESSION|ASSESSMENT|DIAGNOS(?!TIC)|CONCLUSION|PROBLEM LIST|^PROBLEMS?$|^A/P$|^A&P$|"
          + "(?:ALLOWED|ACCEPTED|ACCEPTED CLAIM) CONDITIONS?|^AXIS (?:I|II|III|1|2|3)$");
  private static final Pattern PAST = Pattern.compile(
      "PAST MEDICAL|MEDICAL HISTORY|^PMH$|^PAST HISTORY$|MEDICAL CONDITION|^PAST MEDICAL/SURGICAL");
  private static final Pattern NOT_PAST = Pattern.compile("SURGICAL HISTORY|FAMILY|SOCIAL|REVIEW");
  private static final Pattern REASON = Pattern.compile(
      "REASON|INDICATION|^CLINICAL(?: HISTORY| INFORMATION| INDICATION)?$|^HISTORY$|^CHIEF COMPLAINTS?$|^CC$");
  /**
   * An entry marker: "1.", "2)", "#3", "-", "*" at the start of a line, or "2)" within one
   * ("1) Gout, 2) Diplopia").
   */
  private static final Pattern ENTRY = Pattern.compile(
      "(?m)^[ \\t]*(?:\\d{1,2}[.)]|#\\d{1,2}|[-*\u2022])[ \\t]*|(?<=[\\s,;.])\\d{1,2}\\)[ \\t]*(?=[A-Za-z])");
  /** A verb that makes a sentence narrative rather than a bare diagnosis. */
  private static final Pattern FINITE = Pattern.compile(
      "(?i)\\b(?:is|are|was|were|will|would|has|have|had|did|does|do|should|may|can|could|"
          + "shows?|showed|reveals?|revealed|demonstrates?|demonstrated|suggests?|indicates?|noted|recommend(?:ed)?|continue|tolerated|represents?|"
          + "seen|identified|visualized|performed|obtained|achieved|applied|advised|requires?|must|helped|improved|"
          + "excludes?|excluded|underwent|received|started|developed|presented|appears?|appeared|remains?|remained|"
          + "continues|continued|needs?|needed|feels?|felt|believe|think|plans?|planned|wants?|wanted|went|came|"
          + "began|became|reports?|reported|states?|stated|denies|denied|complains?|complained|takes?|took)\\b");
  private static final int MAX_REASON = 300;
  private static final Pattern SOAP = Pattern.compile("(?m)^[ \\t]*([SOAP])[ \\t]*[-:](?:[ \\t]+|$)");
  /** The writer's opinion that introduces a diagnosis ("I suspect", "I feel that this patient has"). */
  private static final Pattern OPINION = Pattern.compile("(?i)(?:differential\\s+diagnos[ie]s\\s*"
      + "(?:(?:includes?|is|are)\\s*)?:?\\s*|(?:i|we)\\s+(?:suspect|think|believe|feel)"
      + "(?:\\s+that)?\\s+(?:(?:this|the)\\s+(?:patient|worker|claimant)\\s+|it\\s+|she\\s+|he\\s+|this\\s+)?"
      + "(?:(?:is|has|had|may\\s+have|probably\\s+has)\\s+)?)");
  private static final Pattern EXISTENTIAL_END = Pattern.compile("(?i)\\bthere\\s*$");
  /** The close of a letter or note, after which a section holds no more diagnoses. */
  private static final Pattern SIGN_OFF = Pattern.compile("(?i)(?:thank\\s+you|thanks\\b|sincerely|regards|"
      + "respectfully|dictated\\b|transcribed\\b|electronically\\s+signed|signed\\s+by|cc\\s*:|"
      + "please\\s+(?:feel\\s+free|call|contact|do\\s+not\\s+hesitate)|if\\s+you\\s+have\\s+any\\s+questions)");
  /** A new clause joined by "and" ("severe neuropathy and this was stopped"). */
  private static final Pattern CLAUSE_END = Pattern.compile("(?i),?\\s+(?:and|but|so)(?:\\s+(?:this|that|it|he|she|they|we|i))?\\s*$");
  private static final Pattern RELATIVE_END = Pattern.compile("(?i)\\s+(?:that|which|who)\\s*$");
  private static final Pattern EXISTENTIAL = Pattern.compile(
      "(?i)there\\s+(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:(?:clear\\s+)?evidence\\s+(?:of|for)\\s+)?");
  /** Words that announce what follows ("It reveals the following:", "Diagnosis today is"). */
  private static final Pattern LEAD_IN = Pattern.compile("(?i)(?:(?:it|this(?:\\s+study)?|the\\s+study|"
      + "(?:these\\s+|the\\s+)?findings?|which)\\s+(?:reveals?|shows?|demonstrates?|suggests?|"
      + "(?:is|are)\\s+(?:consistent|compatible)\\s+with)\\s+(?:the\\s+following\\s*:?\\s*)?"
      + "|(?:the\\s+|my\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:diagnos[ie]s|impression|assessment|conditions?)\\b"
      + "[^.:;]{0,60}?\\b(?:is|are|was|were|includes?|included)\\s+(?:that\\s+of\\s+|one\\s+of\\s+)?)");
  /** A sentence that introduces the patient before naming the condition. */
  private static final Pattern DESCRIBED = Pattern.compile("(?i)(?:this|the\\s+patient|patient|he|she)\\s+"
      + "(?:is|was)\\s+an?\\s+(?:[\\w-]+\\s+){0,6}?(?:with|who\\s+has|who\\s+is\\s+being\\s+treated\\s+for)\\s+");

  /** What "he has" is followed by where it does not name a condition ("has had", "has no", "has signed"). */
  private static final String NOT_A_CONDITION = "(?!(?:no|not|never|been|had|to|some|any|done|tried|received|"
      + "undergone|noticed|seen|also|an?\\s+appointment|an?\\s+history|history|difficulty|trouble|pain|problems|"
      + "symptoms|complaints|numbness|tingling|weakness|discomfort|minimal|good|full|normal|intact|a\\s+lot|"
      + "enough|multiple\\s+allerg|allerg|signed|given|undergone|completed|agreed|elected|decided|chosen|"
      + "returned|continued|done|made|taken|used|found|failed|benefited|improved|responded)\\b)";
  /**
   * A sentence about a condition the patient has, wherever the record states it: "diagnosed
   * with", "suffering from", "being treated for", "carries a history of", "consultation for",
   * "referred for", "she has a history of", "he has ...". What follows, to the end of the
   * sentence, is read as a list.
   */
  private static final Pattern PROSE = Pattern.compile("(?i)\\b(?:diagnosed\\s+(?:with|as\\s+having|as)"
      + "|suffer(?:s|ing)?\\s+from|(?:is|was|being|been)\\s+(?:being\\s+)?treated\\s+for"
      + "|carries\\s+(?:a\\s+)?(?:known\\s+)?(?:history|diagnosis|diagnoses)\\s+of"
      + "|(?:he|she|patient)\\s+(?:also\\s+)?developed"
      + "|with\\s+(?:an?\\s+)?(?:significant\\s+|known\\s+)?(?:past\\s+)?(?:medical\\s+)?history\\s+(?:significant\\s+)?(?:of|for)"
      + "|with\\s+(?:an?\\s+)?diagnos[ie]s\\s+of"
      + "|(?:he|she|patient)\\s+(?:also\\s+)?has\\s+(?:a\\s+)?(?:known\\s+|long\\s+|past\\s+)?(?:medical\\s+)?history\\s+of"
      + "|(?:he|she)\\s+(?:also\\s+|still\\s+)?has\\s+" + NOT_A_CONDITION + ")\\s*:?\\s*");
  /** A sentence that gives what a visit or referral is for: a reason, read where no diagnosis is stated. */
  private static final Pattern PURPOSE = Pattern.compile("(?i)\\b(?:(?:consultation|consult|evaluation|"
      + "follow-?up|follow\\s+up)\\s+(?:visit\\s+)?for|referred\\s+(?:to\\s+(?:[\\w.]+\\s+){1,4}?)?for)\\s*:?\\s*");
  /** Sections where conditions are another person's, an allergy, a drug's purpose or a plan. */
  private static final Pattern NOT_PROSE = Pattern.compile(
      "FAMILY|SOCIAL|ALLERG|MEDICATION|REVIEW OF SYSTEMS|^ROS$|PLAN|RECOMMEND|PROCEDURE|TECHNIQUE|"
          + "DESCRIPTION|OPERATI|FINDINGS|IMPRESSION|ASSESSMENT|DIAGNOS|CONSENT|INSTRUCTION|GOALS?|DISPOSITION|"
          + "EXAM|OBJECTIVE|VITAL|LAB|IMAGING|RADIOGRAPH|X-RAY|MRI|STUDIES|REASON|INDICATION|CHIEF|^CC$|COMPLAINT");
  /** Words that open a sentence about a topic, not a diagnosis ("With regard to the radiculopathy, ..."). */
  private static final Pattern TOPIC = Pattern.compile("(?i)(?:with|in)\\s+(?:regard|respect|reference)\\s+to\\b"
      + "|regarding\\b|as\\s+for\\b|as\\s+far\\s+as\\b");
  /** A subject that makes what follows a narrative sentence. */
  private static final Pattern SUBJECT = Pattern.compile("(?i)(?:this|that|these|those|it|he|she|they|we|i|"
      + "his|her|their|our|my|mr|mrs|ms|dr|the\\s+patient(?:'s)?|patient(?:'s)?)\\b");
  /** A patient said to have the condition that follows. */
  private static final Pattern HAS = Pattern.compile("(?i)(?:the\\s+patient|patient|he|she)\\s+(?:also\\s+)?"
      + "(?:is\\s+suffering\\s+from|suffers\\s+from|is\\s+being\\s+treated\\s+for|has\\s+(?:(?:an?\\s+)?(?:known\\s+)?(?:history|diagnosis)\\s+of\\s+|" + NOT_A_CONDITION + "))\\s*"
      + "(?:(?:a|an)\\s+)?(?:(?:known\\s+)?(?:history|diagnosis)\\s+of\\s+)?");

  /** What the record states, and the reasons for examination kept for a fallback. */
  record Found(List<ListRegion> stated, List<ListRegion> reasons) {}

  private RecordListFinder() {}

  static Found find(CharSequence text, List<Section> sections, List<String> headings) {
    List<ListRegion> stated = new ArrayList<>();
    List<ListRegion> reasons = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      String h = headings.get(i).toUpperCase(Locale.ROOT).replaceAll("[:\\s]+$", "").strip();
      if (DIAGNOSES.matcher(h).find()) {
        for (Span entry : entries(text, s.body())) {
          stated.addAll(sentences(text, entry, ListRegion.Kind.DIAGNOSES));
        }
      } else if (PAST.matcher(h).find() && !NOT_PAST.matcher(h).find()) {
        for (Span entry : entries(text, s.body())) {
          List<Span> all = Sentences.of(text, entry);
          for (int k = 0; k < all.size(); k++) {
            stated.add(new ListRegion(all.get(k), ListRegion.Kind.PAST_HISTORY, k == 0, false));
          }
        }
      } else if (REASON.matcher(h).find() && s.body().length() <= MAX_REASON) {
        for (Span sentence : Sentences.of(text, s.body())) {
          // A narrative sentence, or one whose purpose clause the prose reading takes, is no reason itself.
          if (!SUBJECT.matcher(text).region(sentence.start(), sentence.end()).lookingAt()
              && !PURPOSE.matcher(text).region(sentence.start(), sentence.end()).find()) {
            reasons.add(new ListRegion(sentence, ListRegion.Kind.REASON));
          }
        }
      }
    }
    for (Span a : soapAssessments(text)) {
      for (Span entry : entries(text, a)) {
        stated.addAll(sentences(text, entry, ListRegion.Kind.DIAGNOSES));
      }
    }
    stated.addAll(prose(text, sections, headings, PROSE, ListRegion.Kind.PROSE));
    reasons.addAll(prose(text, sections, headings, PURPOSE, ListRegion.Kind.REASON));
    return new Found(stated, reasons);
  }

  /** The sentences that say what the patient has, outside the sections that list diagnoses. */
  private static List<ListRegion> prose(CharSequence text, List<Section> sections, List<String> headings,
      Pattern cue, ListRegion.Kind kind) {
    List<Span> read = new ArrayList<>();
    int covered = 0;
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (s.heading().start() > covered) {
        read.add(new Span(covered, s.heading().start()));
      }
      covered = Math.max(covered, s.body().end());
      String h = headings.get(i).toUpperCase(Locale.ROOT).replaceAll("[:\\s]+$", "").strip();
      if (!NOT_PROSE.matcher(h).find()) {
        read.add(s.body());
      }
    }
    if (covered < text.length()) {
      read.add(new Span(covered, text.length()));
    }
    List<ListRegion> out = new ArrayList<>();
    for (Span r : read) {
      Matcher m = cue.matcher(text).region(r.start(), r.end());
      while (m.find()) {
        int end = Sentences.end(text, m.end(), Math.min(r.end(), m.end() + MAX_REASON));
        if (end > m.end()) {
          ListRegion st = statement(text, new Span(m.end(), end).trim(text), kind, false);
          if (st != null && st.span().length() > 0) {
            out.add(st);
          }
        }
      }
    }
    return out;
  }

  /**
   * The assessment of a note written with one-letter SOAP headings ("A - 1. Plantar fasciitis."
   * or "A: ..."), which a sectioner of worded headings does not see: up to the next such heading.
   */
  static List<Span> soapAssessments(CharSequence text) {
    List<Span> out = new ArrayList<>();
    Matcher m = SOAP.matcher(text);
    int start = -1;
    while (m.find()) {
      if (start >= 0) {
        out.add(new Span(start, m.start()).trim(text));
        start = -1;
      }
      if (m.group(1).equals("A")) {
        start = m.end();
      }
    }
    if (start >= 0) {
      out.add(new Span(start, text.length()).trim(text));
    }
    return out;
  }

  /** The numbered (or bulleted) entries of a section body; else its lines. */
  static List<Span> entries(CharSequence text, Span body) {
    List<Span> out = new ArrayList<>();
    Matcher m = ENTRY.matcher(text).region(body.start(), body.end());
    List<int[]> marks = new ArrayList<>();
    while (m.find()) {
      marks.add(new int[] {m.start(), m.end()});
    }
    if (!marks.isEmpty()) {
      if (marks.get(0)[0] > body.start()) {
        out.add(new Span(body.start(), marks.get(0)[0]).trim(text));
      }
      for (int k = 0; k < marks.size(); k++) {
        int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : body.end();
        out.add(new Span(marks.get(k)[1], end).trim(text));
      }
    } else {
      // Without markers, a line is an entry where it ends a statement or is short; longer lines
      // that run on are the wrapping of one paragraph.
      int start = body.start();
      for (int k = body.start(); k <= body.end(); k++) {
        if (k == body.end() || text.charAt(k) == '\n' && endsEntry(text, start, k)) {
          Span line = new Span(start, k).trim(text);
          if (line.length() > 0) {
            out.add(line);
          }
          start = k + 1;
        }
      }
    }
    out.removeIf(s -> s.length() == 0);
    return out;
  }

  private static boolean endsEntry(CharSequence text, int start, int end) {
    Span line = new Span(start, end).trim(text);
    if (line.length() == 0) {
      return true;
    }
    char last = text.charAt(line.end() - 1);
    return last == '.' || last == ';' || last == ':' || last == ')' || line.length() < 50;
  }

  /**
   * The diagnosis statements of an entry: each sentence cut before its first clause with a verb
   * ("Borderline hypertension, blood pressure is under control" gives "Borderline hypertension");
   * a sentence whose first clause has a verb is narrative and left out, except that "This is a
   * 72-year-old man with X" gives X.
   */
  private static List<ListRegion> sentences(CharSequence text, Span entry, ListRegion.Kind kind) {
    List<ListRegion> out = new ArrayList<>();
    List<Span> all = Sentences.of(text, entry);
    for (int k = 0; k < all.size(); k++) {
      if (SIGN_OFF.matcher(text).region(all.get(k).start(), all.get(k).end()).lookingAt()) {
        break;
      }
      ListRegion r = statement(text, all.get(k), kind, k == 0);
      if (r != null && r.span().length() > 0) {
        out.add(r);
      }
    }
    return out;
  }

  private static ListRegion statement(CharSequence text, Span s, ListRegion.Kind kind, boolean first) {
    Matcher lead = EXISTENTIAL.matcher(text).region(s.start(), s.end());
    if (lead.lookingAt()) {
      s = new Span(lead.end(), s.end());
    }
    boolean hedged = false;
    if (TOPIC.matcher(text).region(s.start(), s.end()).lookingAt()) {
      return null;
    }
    for (Pattern p : List.of(OPINION, DESCRIBED, HAS, LEAD_IN, EXISTENTIAL)) {
      Matcher m = p.matcher(text).region(s.start(), s.end());
      if (m.lookingAt()) {
        s = new Span(m.end(), s.end());
        hedged |= p == OPINION;
      }
    }
    if (kind != ListRegion.Kind.PROSE && kind != ListRegion.Kind.REASON && SUBJECT.matcher(text).region(s.start(), s.end()).lookingAt()) {
      return null;
    }
    Matcher verb = FINITE.matcher(text).region(s.start(), s.end());
    while (verb.find()) {
      String before = text.subSequence(s.start(), verb.start()).toString();
      if (before.lastIndexOf('(') > before.lastIndexOf(')') || EXISTENTIAL_END.matcher(before).find()) {
        continue;
      }
      Matcher clause = CLAUSE_END.matcher(before);
      if (clause.find()) {
        return new ListRegion(new Span(s.start(), s.start() + clause.start()).trim(text), kind, first, hedged);
      }
      Matcher relative = RELATIVE_END.matcher(before);
      if (relative.find()) {
        return new ListRegion(new Span(s.start(), s.start() + relative.start()).trim(text), kind, first, hedged);
      }
      for (int i = verb.start() - 1; i > s.start(); i--) {
        char c = text.charAt(i);
        if (c == ',' || c == ';') {
          return new ListRegion(new Span(s.start(), i).trim(text), kind, first, hedged);
        }
      }
      return null;
    }
    return new ListRegion(s, kind, first, hedged);
  }

}
