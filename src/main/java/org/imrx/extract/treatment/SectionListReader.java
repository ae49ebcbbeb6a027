package org.imrx.extract.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.lexicon.DosingLexicon;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.lexicon.TreatmentLexicon;
import org.imrx.text.Span;

/**
 * Reads the lists a medical record's headed sections hold, where every entry is a treatment given
 * whether or not a lexicon knows its words: the procedures a procedure note's heading names
 * ("PROCEDURES PERFORMED: 1. C5-C6 anterior cervical discectomy. 2. Bone bank allograft."), the
 * anesthesia ("ANESTHESIA: General endotracheal."), the surgeries of a past surgical history
 * ("Hernia repair, resection of tumor, right thumb arthrodesis") and the drugs and supplements of
 * a medication list that no drug lexicon names ("Ester-C b.i.d., flax oil"). Entries that say
 * nothing ("None", "Noncontributory", "See H&amp;P") are skipped. Stateless and thread-safe.
 */
public final class SectionListReader {
  /** What a section's heading says its body lists. */
  public enum ListKind {
    /** The procedures a procedure or operative note performed. */
    PROCEDURES,
    /** The anesthesia of a procedure. */
    ANESTHESIA,
    /** Past surgeries. */
    SURGERIES,
    /** Drugs taken. */
    MEDICATIONS,
    /** The narrative of a procedure: the steps it took are not treatments of their own. */
    PROCEDURE_DETAIL,
    /** The implants or hardware a procedure placed. */
    IMPLANTS,
    /** Anything else. */
    OTHER
  }

  /** An entry of a list: its span (trimmed), the kind of treatment and the concept it names. */
  public record Entry(Span span, String kind, String concept) {}

  private static final int SHORT_LIST = 400;
  /** Headings of a procedure note that name what was done ("PROCEDURES PERFORMED", "TITLE OF OPERATION"). */
  private static final Pattern PROCEDURE_HEADING = Pattern.compile(
      "\\s*(?:(?:NAME|TITLE)\\s+OF\\s+(?:THE\\s+)?)?(?:OPERATIVE\\s+|SURGICAL\\s+)?(?:PROCEDURES?|OPERATIONS?)"
          + "(?:\\s+(?:PERFORMED|DONE|PLANNED AND PERFORMED))?\\s*:?\\s*");
  /** Words that name a surgery: a pair of entries joined by "and" is split where both hold one. */
  private static final Pattern SURGICAL = Pattern.compile(
      "(?i)\\b(?:[a-z]{3,}(?:ectomy|otomy|ostomy|plasty|desis|pexy|rrhaphy)|repair|resection|excision|fusion|"
          + "replacement|reconstruction|release|decompression|fixation|arthroscopy|injection|block|graft|implant|"
          + "removal|revision|reduction|pinning|placement|insertion|biopsy|amputation|transfer|lengthening|"
          + "debridement|drainage|aspiration|closure|induction|delivery|manipulation)\\b");
  private static final Pattern IMPLANT_HEADING = Pattern.compile(
      "\\s*(?:IMPLANTS?|HARDWARE|PROSTHES[IE]S|INSTRUMENTATION)(?:\\s+USED)?\\s*:?\\s*");
  /** Where a long procedure entry's name ends and the account of how it was done begins. */
  private static final Pattern HOW = Pattern.compile("(?i)[\\s,]+(?:utilizing|using|via|through|with)\\s");
  /** Anesthesia entries joined by "and" or "/" ("TIVA and local", "General/regional"). */
  private static final Pattern ANESTHESIA_JOIN = Pattern.compile("(?i)\\s+(?:and|plus)\\s+|\\s*,\\s*");
  /** A procedure entry that names what it was done on: its object, side or level. */
  private static final Pattern COMPLETE = Pattern.compile("(?i)\\b(?:of|for|left|right|bilateral)\\b|\\b[CTLS]\\d");
  private static final Pattern SIDE_OR_LEVEL = Pattern.compile(
      "(?i)\\s*(?:(?:left|right|bilateral)(?:\\s+\\w+){0,2}|[CTLS]\\d(?:-[CTLS]?\\d)?(?:\\s+level)?)[\\s.]*");
  private static final int MAX_ENTRY_WORDS = 15;
  private static final int MAX_DRUG_WORDS = 4;
  private static final Pattern NUMBERED = Pattern.compile("(?m)^\\s{0,4}\\d{1,2}[.)]\\s");
  private static final Pattern ITEM_BREAK = Pattern.compile("\\n|(?<=^|\\s)\\d{1,2}[.)]\\s|[;,]|\\.\\s{1,3}(?=[A-Z])");
  private static final Pattern LINE_BREAK = Pattern.compile("\\n|(?<=^|\\s)\\d{1,2}[.)]\\s|;");
  private static final Pattern COUNT_FREQUENCY = Pattern.compile(
      "(?i)\\s(?:one|two|three|four|five|six|\\d)\\s{1,2}(?:a|per|each)\\s{1,2}day\\b");
  private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{3,}");
  private static final Pattern AND = Pattern.compile("(?i)\\s(?:and|&)\\s");
  private static final Pattern LEADING = Pattern.compile(
      "(?i)^(?:(?:in|on|at|about|around)\\s{1,2})?(?:\\d{1,2}/)?(?:\\d{1,2}/)?(?:19|20)\\d{2}\\s{0,2}[,:-]?\\s{0,2}"
          + "|^(?:as\\s{1,2}discussed\\s{1,2}above|as\\s{1,2}above)\\s{0,2}[,:-]?\\s{0,2}"
          + "|^(?:a|an|the)\\s{1,2}"
          + "|^(?:(?:history|hx)\\s{1,2}of|status\\s{1,2}post|s/p|she\\s{1,2}had\\s{1,2}(?:a\\s{1,2})?|he\\s{1,2}had\\s{1,2}(?:a\\s{1,2})?|had\\s{1,2}(?:a\\s{1,2})?)\\s{1,2}");
  private static final Pattern TRAILING = Pattern.compile(
      "(?i)\\s{0,2}(?:,|\\.|:)?\\s{0,2}(?:(?:in|on|about|approximately|around)\\s{1,2})?(?:\\d{1,2}/\\d{1,2}/\\d{2,4}|(?:19|20)\\d{2}|\\d{1,3}\\s{1,2}(?:years?|months?|weeks?)\\s{1,2}ago|many\\s{1,2}years\\s{1,2}ago|in\\s{1,2}the\\s{1,2}(?:past|young\\s{1,2}age))\\s{0,2}\\.?$");
  private static final Set<String> EMPTY = Set.of("none", "noncontributory", "negative",
      "unremarkable", "denied", "denies", "unknown", "nothing", "n/a", "na", "nka", "nkda", "see",
      "refer", "per", "reviewed", "listed", "as", "list", "no", "not", "other", "otherwise",
      "significant", "unobtainable", "deferred", "same", "patient", "she", "he", "they", "the",
      "her", "his", "includes", "include", "including", "also", "various", "current", "currently",
      "medications", "medication", "meds", "takes", "on", "is", "are", "was", "were", "has", "have",
      "outpatient", "inpatient", "according", "from", "doses", "dose", "frequency", "a", "an", "and", "with", "for", "of", "to", "in",
      "at", "by", "daily", "prn", "p", "r", "n", "however", "but", "although", "which", "monday",
      "mondays", "tuesday", "tuesdays", "wednesday", "wednesdays", "thursday", "thursdays", "friday",
      "fridays", "saturday", "saturdays", "sunday", "sundays", "weekends", "day", "days");

  private final TreatmentLexicon treatments;
  private final DosingLexicon dosing;

  public SectionListReader(TreatmentLexicon treatments, DosingLexicon dosing) {
    this.treatments = treatments;
    this.dosing = dosing;
  }

  /** What a section with this heading and body lists. */
  public static ListKind kindOf(String heading, String sectionName, String body) {
    String h = heading.toUpperCase(Locale.ROOT);
    boolean shortList = body.length() <= SHORT_LIST || NUMBERED.matcher(body).lookingAt();
    if (h.contains("DETAIL") || h.contains("DESCRIPTION") || h.contains("TECHNIQUE")
        || h.contains("FINDINGS") || h.contains("COURSE")) {
      return h.contains("PROCEDURE") || h.contains("OPERATION") || h.contains("TECHNIQUE")
          ? ListKind.PROCEDURE_DETAIL : ListKind.OTHER;
    }
    if (h.contains("INDICATION") || h.contains("DIAGNOS") || h.contains("REASON")
        || h.contains("PLAN") || h.contains("RECOMMEND") || h.contains("COMPLICATION")) {
      return ListKind.OTHER;
    }
    if (h.matches(".*\\bANESTHESIA\\b.*") && body.length() <= 80) {
      return ListKind.ANESTHESIA;
    }
    if (IMPLANT_HEADING.matcher(h).matches() && shortList) {
      return ListKind.IMPLANTS;
    }
    if (h.contains("SURGICAL HISTORY") || h.contains("PAST SURGICAL") || h.contains("SURGERIES")
        || h.matches(".*\\bPSH\\b.*")) {
      // a history of conditions and surgeries together lists diagnoses too: sentences decide there
      return h.contains("MEDICAL") ? ListKind.OTHER : ListKind.SURGERIES;
    }
    if (PROCEDURE_HEADING.matcher(h).matches()) {
      return shortList ? ListKind.PROCEDURES : ListKind.PROCEDURE_DETAIL;
    }
    if (sectionName.equals("medications") && !h.contains("ALLERG") && !h.contains("DISCHARGE")) {
      return ListKind.MEDICATIONS;
    }
    return ListKind.OTHER;
  }

  /**
   * The entries of a section's body {@code [start, end)} that hold no treatment a sentence reader
   * found ({@code known}, spans of the treatments already read there); for a procedure list, every
   * entry.
   */
  public List<Entry> entries(String text, int start, int end, ListKind kind, List<Span> known) {
    List<Entry> out = new ArrayList<>();
    if (kind == ListKind.ANESTHESIA) {
      Span whole = trim(text, new Span(start, end));
      for (PhraseMatcher.Match<TreatmentLexicon.Term> m : treatments.terms(text, whole.start(), whole.end())) {
        if (!m.value().kind().equals(TreatmentLexicon.NONE) && m.span().length() < whole.length()
            && (m.span().start() > whole.start() || m.span().end() < whole.end() - 1)
            && words(text, whole) > 3) {
          whole = m.span(); // "Surgery performed under general anesthesia."
          break;
        }
      }
      Matcher join = ANESTHESIA_JOIN.matcher(text).region(whole.start(), whole.end());
      int from = whole.start();
      List<Span> parts = new ArrayList<>();
      while (join.find()) {
        parts.add(new Span(from, join.start()));
        from = join.end();
      }
      parts.add(new Span(from, whole.end()));
      for (Span part : parts) {
        Span s = trim(text, part);
        if (s.length() > 0 && !empty(text, s)) {
          TreatmentLexicon.Term t = treatments.term(s.text(text));
          if (t == null) {
            t = treatments.term(s.text(text) + " anesthesia"); // "ANESTHESIA: General endotracheal."
          }
          out.add(new Entry(s, "other", t != null ? t.concept() : "anesthesia:" + key(text, s)));
        }
      }
      return out;
    }
    if (kind != ListKind.PROCEDURES && kind != ListKind.SURGERIES && kind != ListKind.MEDICATIONS
        && kind != ListKind.IMPLANTS) {
      return out;
    }
    String body = text.substring(start, end);
    int firstLine = body.indexOf('\n');
    if (kind == ListKind.PROCEDURES && firstLine > 0 && body.substring(0, firstLine).strip().endsWith(":")) {
      // "Total hip replacement using the following components:" and the components it lists
      end = start + body.substring(0, firstLine).stripTrailing().length() - 1;
    }
    boolean byLine = (kind == ListKind.PROCEDURES || kind == ListKind.IMPLANTS)
        && (NUMBERED.matcher(text).region(start, end).find() || text.substring(start, end).strip().contains("\n"));
    List<Span> spans = items(text, start, end, kind != ListKind.PROCEDURES && kind != ListKind.IMPLANTS, byLine);
    if (kind == ListKind.PROCEDURES) {
      spans = procedureEntries(text, spans);
    }
    for (Span item : spans) {
      Span s = trim(text, item);
      if (kind == ListKind.PROCEDURES && words(text, s) > MAX_ENTRY_WORDS) {
        s = named(text, s); // "Hemiarthroplasty of left shoulder utilizing a global advantage system ..."
      }
      if (s.length() == 0 || (kind == ListKind.IMPLANTS ? placeholder(text, s) : empty(text, s))
          || words(text, s) > MAX_ENTRY_WORDS
          || s.text(text).indexOf(':') >= 0 || !LONG_WORD.matcher(s.text(text)).find()) {
        continue;
      }
      boolean covered = false;
      for (Span k : known) {
        covered |= k.overlaps(s);
      }
      if (kind == ListKind.IMPLANTS) {
        out.add(new Entry(s, "device", "implant:" + key(text, s)));
      } else if (kind == ListKind.PROCEDURES) {
        TreatmentLexicon.Term t = treatments.term(s.text(text));
        out.add(new Entry(s, t != null && !t.kind().equals(TreatmentLexicon.NONE) ? t.kind() : "surgery",
            "procedure:" + key(text, s)));
      } else if (!covered && !namesNone(text, s)) {
        if (kind == ListKind.SURGERIES) {
          out.add(new Entry(s, "surgery", "surgery:" + key(text, s)));
        } else {
          Span name = drugName(text, s);
          if (name != null) {
            out.add(new Entry(name, "medication", "drug:" + key(text, name)));
          }
        }
      }
    }
    return out;
  }

  /**
   * Procedure entries: a side or level alone belongs to the entry before it ("hemiarthroplasty,
   * left hip"); two surgeries joined by "and" are two ("craniectomy ... and cranioplasty").
   */
  private static List<Span> procedureEntries(String text, List<Span> items) {
    List<Span> out = new ArrayList<>();
    for (Span item : items) {
      if (!out.isEmpty() && SIDE_OR_LEVEL.matcher(text).region(item.start(), item.end()).matches()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), item.end()));
        continue;
      }
      Matcher a = AND.matcher(text).region(item.start(), item.end());
      int from = item.start();
      while (a.find()) {
        // "with metatarsal osteotomy and internal screw fixation": one account of how
        if (text.substring(from, a.start()).toLowerCase(Locale.ROOT).contains(" with ")) {
          break;
        }
        // "Closed reduction and pinning of the right ulna": two procedures on one object are one entry
        if (COMPLETE.matcher(text).region(from, a.start()).find() && SURGICAL.matcher(text).region(from, a.start()).find()
            && SURGICAL.matcher(text).region(a.end(), item.end()).find()) {
          out.add(new Span(from, a.start()));
          from = a.end();
        }
      }
      out.add(new Span(from, item.end()));
    }
    return out;
  }

  /** A long procedure entry cut where the account of how it was done begins, or empty. */
  private static Span named(String text, Span s) {
    Matcher how = HOW.matcher(text).region(s.start(), s.end());
    return how.find() ? new Span(s.start(), how.start()) : new Span(s.start(), s.start());
  }

  /** The entries of a list: numbered items, lines, and parts between commas and semicolons. */
  private static List<Span> items(String text, int start, int end, boolean splitAnd, boolean byLine) {
    List<Span> out = new ArrayList<>();
    Matcher m = (byLine ? LINE_BREAK : ITEM_BREAK).matcher(text).region(start, end);
    int from = start;
    while (m.find()) {
      add(text, from, m.start(), splitAnd, out);
      from = m.end();
    }
    add(text, from, end, splitAnd, out);
    return out;
  }

  private static void add(String text, int from, int to, boolean splitAnd, List<Span> out) {
    if (from >= to) {
      return;
    }
    if (splitAnd) {
      Matcher a = AND.matcher(text).region(from, to);
      int f = from;
      while (a.find()) {
        out.add(new Span(f, a.start()));
        f = a.end();
      }
      out.add(new Span(f, to));
    } else {
      out.add(new Span(from, to));
    }
  }

  /** The entry without a leading date or "status post" and without a trailing date or stop. */
  private static Span trim(String text, Span s) {
    Span t = s.trim(text);
    int a = t.start();
    for (int round = 0; round < 3; round++) {
      Matcher lead = LEADING.matcher(text).region(a, t.end());
      a = lead.lookingAt() ? lead.end() : a;
    }
    int b = t.end();
    Matcher trail = TRAILING.matcher(text).region(a, b);
    if (trail.find()) {
      b = trail.start();
    }
    while (b > a && ".:,;-(".indexOf(text.charAt(b - 1)) >= 0) {
      b--;
    }
    return new Span(a, Math.max(a, b)).trim(text);
  }

  /** Whether an entry's first word is a placeholder ("None", "See H&amp;P"). */
  private static boolean placeholder(String text, Span s) {
    List<String> w = PhraseMatcher.words(s.text(text));
    return w.isEmpty() || EMPTY.contains(w.get(0));
  }

  /** Whether an entry says nothing: its first word is a placeholder ("None", "See H&P"). */
  private static boolean empty(String text, Span s) {
    List<String> w = PhraseMatcher.words(s.text(text));
    return w.isEmpty() || EMPTY.contains(w.get(0)) || !Character.isLetter(text.charAt(s.start()));
  }

  /** Whether an entry holds a phrase that names no treatment ("colonoscopy"). */
  private boolean namesNone(String text, Span s) {
    for (PhraseMatcher.Match<TreatmentLexicon.Term> m : treatments.terms(text, s.start(), s.end())) {
      if (m.value().kind().equals(TreatmentLexicon.NONE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name of a medication entry with its strength ("evening primrose 1000 mg" of "evening
   * primrose 1000 mg b.i.d."): the words before the first number or dosing word, at most four.
   */
  private Span drugName(String text, Span s) {
    int end = s.end();
    var freq = dosing.frequencies(text, s.start(), s.end());
    if (!freq.isEmpty()) {
      end = Math.min(end, freq.get(0).span().start());
    }
    Matcher count = COUNT_FREQUENCY.matcher(text).region(s.start(), s.end());
    if (count.find()) {
      end = Math.min(end, count.start());
    }
    var routes = dosing.routes(text, s.start(), s.end());
    if (!routes.isEmpty()) {
      end = Math.min(end, routes.get(0).span().start());
    }
    Span name = new Span(s.start(), Math.max(s.start(), end)).trim(text);
    int firstDigit = -1;
    for (int i = name.start(); i < name.end(); i++) {
      if (Character.isDigit(text.charAt(i)) && (i == name.start() || text.charAt(i - 1) == ' ')) {
        firstDigit = i;
        break;
      }
    }
    int nameWords = words(text, new Span(name.start(), firstDigit < 0 ? name.end() : firstDigit));
    if (nameWords == 0 || nameWords > MAX_DRUG_WORDS) {
      return null;
    }
    for (String w : PhraseMatcher.words(text.substring(name.start(), firstDigit < 0 ? name.end() : firstDigit))) {
      if (EMPTY.contains(w)) {
        return null; // prose, not a list entry
      }
    }
    return name.length() == 0 ? null : name;
  }

  private static int words(String text, Span s) {
    return CueContextReader.words(text, s.start(), s.end());
  }

  private static String key(String text, Span s) {
    return String.join(" ", PhraseMatcher.words(s.text(text)));
  }
}
