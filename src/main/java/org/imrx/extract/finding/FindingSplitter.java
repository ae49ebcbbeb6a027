package org.imrx.extract.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imrx.extract.finding.ExamTokens.Tok;
import org.imrx.extract.finding.ExamTokens.Type;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ExamVocabulary;
import org.imrx.lexicon.ExamVocabulary.WordClass;
import org.imrx.text.Span;

/**
 * Cuts a passage of examination findings into one finding per concept and site, the way the
 * annotation guideline lists them: coordinated findings are split ("spasms, tenderness and
 * restricted range of motion"), a finding over several sites is one finding per site
 * ("tenderness over the thoracolumbar spine, right buttock and paravertebral musculature"),
 * several findings over shared sites are crossed with them ("tenderness and spasms of the
 * cervical and lumbar spine"), a shared negation or result is distributed ("no cervical,
 * supraclavicular, or axillary lymphadenopathy", "negative Neer's, Hawkins' and empty can
 * tests"), and a shared subject takes each predicate ("motor strength, sensation and reflexes
 * were normal"). Stateless and thread-safe.
 */
final class FindingSplitter {
  /** Words that open a clause without saying anything about the finding. */
  private static final Set<String> SUBJECTS = Set.of("patient", "worker", "iw", "applicant",
      "claimant", "examinee", "employee", "he", "she", "they", "it", "injured", "pt", "physician",
      "provider", "doctor", "examiner", "clinician", "therapist", "treating", "attending",
      "primary", "i", "we");
  private static final Set<String> SUBJECT_VERBS = Set.of("had", "has", "have", "was", "is",
      "were", "are", "exhibited", "exhibits", "demonstrated", "demonstrates", "displayed",
      "displays", "showed", "shows", "retained", "retains", "presented", "presents", "appeared",
      "appears", "noted", "also", "still", "continues", "continued", "as", "having", "who", "which");
  private static final Set<String> LEAD_WORDS = Set.of("a", "an", "the", "his", "her", "their",
      "times", "currently", "today", "again", "overall", "generally",
      "also", "additionally", "further", "furthermore", "and", "there", "reveals", "revealed",
      "reveal", "shows", "showed", "show", "demonstrates", "demonstrated", "documented", "noted",
      "notes", "included", "includes", "with", "that", "findings", "finding", "of", "who", "which",
      "for");
  private static final Set<String> TRAILING = Set.of("noted", "appreciated", "present", "seen",
      "observed", "documented", "evident", "elicited", "identified", "found", "today", "was",
      "were", "is", "are", "also", "on", "dated", "and", "of", "from", "visit", "performed");
  /** After "with" or "without", these qualify the finding before rather than start a new one. */
  private static final Set<String> QUALIFIERS = Set.of("pain", "discomfort", "limp", "guarding",
      "difficulty", "complaint", "complaints", "lift", "assist", "assistance", "device",
      "eyes", "radiation", "give-way");
  /** Results that, written first, hold for every finding of the list after them. */
  private static final Set<String> SHARED_RESULTS = Set.of("no", "without", "negative",
      "positive", "absent", "not");
  /** Who was examined ("a well-nourished female appearing her stated age"): no finding, a break. */
  private static final Set<String> PERSONS = Set.of("female", "male", "gentleman", "woman", "man",
      "lady", "boy", "girl", "infant", "child");
  /** "pain with flexion", "difficulty with memory": what follows says when, not a new finding. */
  private static final Set<String> ELICITED = Set.of("pain", "discomfort", "difficulty", "problems",
      "tenderness", "crepitus", "popping", "clicking");
  private static final Set<String> HARD_BREAKS = Set.of("but", "however", "although", "though",
      "whereas", "while", "otherwise", "except");
  private static final Set<String> GENERIC_TESTS = Set.of("test", "tests", "sign", "signs",
      "maneuver", "maneuvers", "testing");
  private static final Set<String> DEMOGRAPHIC = Set.of("year-old", "years", "year", "old",
      "male", "female", "man", "woman", "gentleman", "lady", "boy", "girl", "caucasian",
      "hispanic", "african-american", "white", "black", "asian", "right-handed", "left-handed",
      "right-hand", "left-hand", "dominant", "handed", "y/o");

  private static final java.util.regex.Pattern NOUN_ENDING = java.util.regex.Pattern.compile(
      ".{3,}(?:tion|sion|ness|ity|ment|ance|ence|ism|ure)s?");
  /** Words that attach what follows to the finding before ("worse on the left"). */
  private static final Set<String> ATTACHING = Set.of("worse", "greater", "more", "less",
      "especially", "particularly", "primarily", "mostly", "predominantly", "slightly", "right",
      "left", "bilaterally", "radiating", "extending", "laterally", "medially", "anteriorly",
      "posteriorly", "distally", "proximally", "inferiorly", "superiorly");

  /** Nouns that one-word sites before them share: "paracervical and trapezius muscles". */
  private static final Set<String> SHARED_NOUNS = Set.of("muscle", "muscles", "musculature",
      "musculatures", "joint", "joints", "tendon", "tendons", "region", "regions", "area", "areas",
      "aspect", "aspects", "ligament", "ligaments", "spine", "nerve", "nerves", "compartment",
      "compartments", "border", "borders", "dermatome", "dermatomes", "distribution", "distributions",
      "facets", "bones", "fingers", "toes", "digits", "extremities", "extremity", "deficit",
      "deficits", "abnormalities", "abnormality");

  /** A temperature written without its name: "36.8C", "98.6°F". */
  private static final java.util.regex.Pattern TEMPERATURE = java.util.regex.Pattern.compile(
      "\\d{2,3}(?:\\.\\d)?\\s*°?\\s*[cf]");
  private static final Set<String> POLARITY = Set.of("positive", "negative");

  /** Characters of a passage read at most. */
  static final int MAX_PASSAGE = 3000;

  private final ExamVocabulary vocab;
  private final BodyPartLexicon parts;

  FindingSplitter(ExamVocabulary vocab, BodyPartLexicon parts) {
    this.vocab = vocab;
    this.parts = parts;
  }

  /**
   * The findings of a passage; {@code label} is the exam heading it stands under ("Abdomen",
   * "Neck") or null, and names findings that state only a result ("soft", "clear").
   */
  List<FindingText> split(String text, Span passage, String label) {
    return split(text, passage, label, false);
  }

  /**
   * As {@link #split(String, Span, String)}; with {@code everyItem}, items that state no result
   * or sign are kept too (for callers that filter by their own vocabulary).
   */
  List<FindingText> split(String text, Span passage, String label, boolean everyItem) {
    // No sentence of findings runs this long; a longer run of text is cut so that the work per
    // passage stays bounded on hostile input.
    int limit = Math.min(passage.end(), passage.start() + MAX_PASSAGE);
    ExamTokens t = ExamTokens.of(text, passage.start(), limit, vocab, parts);
    List<FindingText> out = new ArrayList<>();
    int from = 0;
    int depth = 0;
    Piece labelPiece = label == null ? null : Piece.literal(label);
    Run.Draft carried = null;
    for (int k = 0; k <= t.size(); k++) {
      if (k < t.size()) {
        Tok tok = t.tok(k);
        if (tok.type() == Type.OPEN) {
          depth++;
        } else if (tok.type() == Type.CLOSE) {
          depth = Math.max(0, depth - 1);
        }
        boolean colon = tok.type() == Type.COLON && depth == 0;
        boolean hard = (depth == 0 && (tok.type() == Type.SEMI || tok.type() == Type.STOP
            || (tok.isAny(HARD_BREAKS) && !(tok.is("otherwise") && k > 0 && t.tok(k - 1).type() != Type.COMMA)
                && !(tok.is("but") && k + 1 < t.size() && t.tok(k + 1).is("also")))
            || colon || newClause(t, from, k) || reportedExam(t, k)
            || tok.isAny(PERSONS)))
            || isDate(t, k);
        if (!hard) {
          continue;
        }
        if (colon && k - from <= 4 && k > from && !hasEvaluator(t, from, k)) {
          labelPiece = Piece.of(t, from, k);
          from = k + 1;
          continue;
        }
      }
      int end = k;
      if (k < t.size() && reportedExam(t, k)) {
        // "..., foot exam revealed": the words naming the exam are no finding
        end = k - 1;
        while (end > from && t.tok(end - 1).type() == Type.WORD && k - end < 4) {
          end--;
        }
      }
      Run run = new Run(t, labelPiece, carried, everyItem);
      run.section(from, end, out);
      // "speech was clear, but pressured": the subject goes on past "but"
      carried = run.subject;
      from = k + 1;
    }
    return out;
  }

  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
      "\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}|\\d{1,2}[-/]\\d{4}");

  /**
   * "Straight leg raise is negative and lumbar spine has full extension": an "and" between two
   * clauses, each with its own verb.
   */
  private static boolean newClause(ExamTokens t, int from, int k) {
    boolean comma = t.tok(k).type() == Type.COMMA;
    if (!(t.tok(k).is("and") || comma) || k + 2 >= t.size() || t.tok(k + 1).isAny(ExamTokens.PREPOSITIONS)
        || t.tok(k + 1).isAny(ExamTokens.COPULAS) || !t.isWord(k + 1)) {
      return false;
    }
    int n = k + 1;
    while (n < k + 3 && n + 1 < t.size() && t.tok(n).isAny(Set.of("and", "the"))) {
      n++;
    }
    if (comma && n < t.size() && (t.tok(n).isAny(SUBJECTS) || t.tok(n).is("there")
        || (t.tok(n).isAny(Set.of("his", "her", "their")) && clauseVerbWithin(t, n + 1)))) {
      // ", the patient had ...", ", there was ..."
      return true;
    }
    if (comma && !t.tok(k + 1).isAny(Set.of("and", "or")) && k > from + 2 && clauseVerbWithin(t, k + 1)) {
      // ", both shoulders demonstrate full range of motion", ", straight leg raise is negative"
      return true;
    }
    boolean verbBefore = false;
    for (int j = from; j < k; j++) {
      verbBefore |= t.tok(j).isAny(ExamTokens.COPULAS) && j > from;
    }
    if (!verbBefore) {
      return false;
    }
    for (int j = k + 2; j < Math.min(t.size(), k + 6); j++) {
      if (!t.isWord(j)) {
        return false;
      }
      if (t.tok(j).isAny(ExamTokens.COPULAS)) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseVerbWithin(ExamTokens t, int from) {
    for (int j = from; j < Math.min(t.size(), from + 4); j++) {
      if (!t.isWord(j) || t.tok(j).isAny(Set.of("and", "or"))) {
        return false;
      }
      if (t.tok(j).isAny(ExamTokens.COPULAS)) {
        return j > from;
      }
    }
    return false;
  }

  /** "foot exam revealed ...": a nested introduction ends what comes before it. */
  private static boolean reportedExam(ExamTokens t, int k) {
    return k > 0 && t.tok(k - 1).isAny(Set.of("exam", "exams", "examination", "examinations"))
        && t.tok(k).isAny(Set.of("revealed", "reveals", "showed", "shows", "demonstrated",
            "demonstrates", "noted", "notes"));
  }

  /** A visit date ("on 11-15-16"): what follows is another visit's finding. */
  private static boolean isDate(ExamTokens t, int k) {
    return t.isWord(k) && DATE.matcher(t.word(k)).matches();
  }

  private static boolean hasEvaluator(ExamTokens t, int a, int b) {
    for (int k = a; k < b; k++) {
      if (t.isEvaluator(k)) {
        return true;
      }
    }
    return false;
  }

  /** A word range of the text, or a literal word supplied by the splitter. */
  record Piece(int start, int end, String literal) {
    static Piece of(ExamTokens t, int a, int b) {
      return new Piece(t.tok(a).start(), t.tok(b - 1).end(), null);
    }

    static Piece literal(String s) {
      return new Piece(-1, -1, s);
    }

    String render(String text) {
      return literal != null ? literal : text.substring(start, end);
    }
  }

  enum Sep { NONE, COMMA, AND, OR, LIST_END, WITH, WITHOUT }

  enum Kind { FINDING, SITE, PRED, MOD }

  /** A conjunct: tokens {@code [from, to)} and the separator before it. */
  record Conj(int from, int to, Sep sep, Kind kind) {}

  /** The findings of one section (text between hard breaks), built left to right. */
  private final class Run {
    private final ExamTokens t;
    private final Piece label;

    private final Draft carried;
    /** The subject this section's findings share, for the section after it. */
    Draft subject;

    private final boolean everyItem;

    Run(ExamTokens t, Piece label, Draft carried, boolean everyItem) {
      this.t = t;
      this.label = label;
      this.carried = carried;
      this.everyItem = everyItem;
    }

    void section(int a, int b, List<FindingText> out) {
      a = skipLead(a, b);
      b = skipTrailing(a, b);
      if (a >= b) {
        return;
      }
      if (carried != null && t.isEvaluator(a) && kind(a, b) == Kind.PRED) {
        Draft d = new Draft();
        d.add(carried);
        d.add(draft(a, b));
        emit(List.of(d), out);
        subject = carried;
        return;
      }
      int cop = copula(a, b);
      List<Conj> all = conjuncts(a, b, cop);
      if (cop < 0) {
        emit(combine(all), out);
        return;
      }
      List<Conj> before = new ArrayList<>();
      List<Conj> after = new ArrayList<>();
      for (Conj c : all) {
        (c.to() <= cop ? before : after).add(c);
      }
      // The subject: the bare conjuncts right before the copula ("motor strength, sensation and
      // reflexes were normal"); complete findings before them stand on their own.
      int s = before.size();
      while (s > 0 && bareSubject(before, s - 1, s == before.size())) {
        s--;
        if (!listed(before.get(s).sep())) {
          break;
        }
      }
      List<Draft> subjects;
      int last = before.size() - 1;
      if (s == before.size() && last >= 0 && before.get(last).kind() == Kind.SITE) {
        // "motion at the ankle and subtalar joints is preserved": the finding over its sites
        int f = last;
        while (f > 0 && before.get(f).kind() == Kind.SITE && listed(before.get(f).sep())) {
          f--;
        }
        if (before.get(f).kind() != Kind.FINDING || !bareSubject(before, f, false)
            && before.get(f).kind() == Kind.FINDING && hasResultWord(before.get(f))) {
          emit(combine(all), out);
          return;
        }
        s = f;
        subjects = combine(before.subList(s, before.size()));
        for (Draft d : subjects) {
          d.hasHead = true;
        }
      } else if (s == before.size()) {
        // No subject to share: read the copula as a word of the finding.
        emit(combine(all), out);
        return;
      } else {
        subjects = subjects(before.subList(s, before.size()));
      }
      emit(combine(before.subList(0, s)), out);
      if (subjects.size() == 1) {
        subject = subjects.get(0);
      }
      boolean subjectSite = hasSiteOrSide(before.get(before.size() - 1));
      List<Draft> predicates = predicates(after, subjectSite);
      if (predicates.isEmpty()) {
        emit(subjects, out);
        return;
      }
      List<Draft> items = new ArrayList<>();
      for (Draft p : predicates) {
        if (p.ownSubject && !(subjects.get(0).hasTest && p == predicates.get(0))) {
          items.add(p);
          continue;
        }
        for (Draft subject : subjects) {
          if (p.ownSite && !subject.hasHead && p.hasHead) {
            items.add(p);
            break;
          }
          Draft d = new Draft();
          d.add(p.ownSite && subject.core != null ? subject.core : subject);
          d.add(p);
          items.add(d);
        }
      }
      emit(items, out);
    }

    private void emit(List<Draft> drafts, List<FindingText> out) {
      for (Draft d : drafts) {
        if (d.pieces.isEmpty() || (!everyItem && (!d.informative || !(d.hasResult || d.hasSign)))) {
          continue;
        }
        if (!d.hasHead && !d.hasSite && label != null) {
          d.pieces.add(0, label);
        }
        FindingText f = d.render(t.text);
        if (f != null) {
          out.add(f);
        }
      }
    }

    /** Skips words that open a clause: "there was", "the patient had", "his", "revealed". */
    private int skipLead(int a, int b) {
      boolean moved = true;
      while (moved && a < b) {
        moved = false;
        Tok tok = t.tok(a);
        if (tok.type() != Type.WORD) {
          if (tok.type() == Type.COMMA || tok.type() == Type.COLON) {
            a++;
            moved = true;
          }
          continue;
        }
        if (tok.is("at") && a + 1 < b && t.tok(a + 1).isAny(Set.of("times", "this", "that", "rest"))) {
          a += t.tok(a + 1).is("times") || t.tok(a + 1).is("rest") ? 2 : Math.min(3, b - a);
          moved = true;
          continue;
        }
        if (tok.isAny(LEAD_WORDS) && !(tok.is("with") && a + 1 < b && t.tok(a + 1).is("no"))) {
          if (tok.is("there") || !(a + 1 < b && t.isHead(a + 1) && tok.is("findings"))) {
            a++;
            moved = true;
          }
        } else if (tok.isAny(SUBJECTS)) {
          int k = a + 1;
          while (k < b && (t.tok(k).isAny(SUBJECTS) || t.tok(k).isAny(SUBJECT_VERBS))) {
            k++;
          }
          if (k < b && (t.tok(k).is("with") || t.tok(k).is("to"))) {
            k++;
          }
          a = k;
          moved = true;
        } else if (tok.isAny(ExamTokens.COPULAS) && a + 1 < b) {
          a++;
          moved = true;
        }
      }
      return a;
    }

    private int skipTrailing(int a, int b) {
      while (b > a && (t.tok(b - 1).type() == Type.COMMA
          || (t.tok(b - 1).isAny(TRAILING) && !(b - 2 >= a && t.tok(b - 2).isAny(ExamTokens.NEGATIONS))
              && !(b - 2 >= a && t.tok(b - 2).is("was") && b - 3 >= a && t.tok(b - 3).is("not"))))) {
        b--;
      }
      return b;
    }

    /** The first copula at depth 0 with something before it, or -1. */
    private int copula(int a, int b) {
      int depth = 0;
      for (int k = a; k < b; k++) {
        Tok tok = t.tok(k);
        if (tok.type() == Type.OPEN) {
          depth++;
        } else if (tok.type() == Type.CLOSE) {
          depth = Math.max(0, depth - 1);
        } else if (depth == 0 && k > a && tok.isAny(ExamTokens.COPULAS) && k + 1 < b
            && !t.tok(k - 1).is("not")) {
          int j = k + 1;
          while (j < b && (t.tok(j).isAny(Set.of("noted", "found", "documented", "observed", "seen",
              "appreciated", "elicited", "present", "also")) || (j > k + 1 && t.isSide(j)))) {
            j++;
          }
          // "was noted over the joint line": a passive, not a subject and its result
          if (j >= b || t.tok(j).isAny(ExamTokens.PREPOSITIONS) || (j > k + 1 && t.site[j])) {
            return -1;
          }
          return k;
        }
      }
      return -1;
    }

    /** Conjuncts of {@code [a, b)}; the copula at {@code cop} (if any) separates too. */
    private List<Conj> conjuncts(int a, int b, int cop) {
      List<Conj> out = new ArrayList<>();
      int depth = 0;
      int start = a;
      Sep sep = Sep.NONE;
      for (int k = a; k < b; k++) {
        Tok tok = t.tok(k);
        if (tok.type() == Type.OPEN) {
          depth++;
          continue;
        }
        if (tok.type() == Type.CLOSE) {
          depth = Math.max(0, depth - 1);
          continue;
        }
        if (depth > 0) {
          continue;
        }
        Sep next = null;
        int skip = 1;
        if (k == cop) {
          next = Sep.NONE;
          // "was noted to be", "were found to be"
          int j = k + 1;
          while (j < b && (t.tok(j).isAny(Set.of("noted", "found", "documented", "observed"))
              || (t.tok(j).is("to") && j + 1 < b && t.tok(j + 1).is("be")) || t.tok(j).is("be")
              || t.tok(j).is("also"))) {
            j++;
          }
          skip = j - k;
        } else if (tok.type() == Type.COMMA) {
          next = Sep.COMMA;
          if (k + 1 < b && (t.tok(k + 1).is("and") || t.tok(k + 1).is("or"))) {
            next = Sep.LIST_END;
            skip = 2;
          }
          if (protectedPair(k, b)) {
            k += skip - 1;
            continue;
          }
        } else if ((tok.is("and") || tok.is("&") || tok.is("or") || tok.is("nor"))
            && !protectedPair(k, b)) {
          next = tok.is("or") || tok.is("nor") ? Sep.OR : Sep.AND;
        } else if (tok.is("in") && k > start && !negatedWithin(Math.max(start, k - 4), k) && distressFollows(k + 1, b)) {
          next = Sep.COMMA;
        } else if (tok.is("but") && k + 1 < b && t.tok(k + 1).is("also")) {
          next = Sep.AND;
          skip = 2;
        } else if (tok.is("as") && k + 2 < b && t.tok(k + 1).is("well") && t.tok(k + 2).is("as")) {
          next = Sep.AND;
          skip = 3;
        } else if ((tok.is("with") || tok.is("without")) && startsFinding(k + 1, b)
            && !elicitedBy(a, k, b)) {
          if (tok.is("without")) {
            out.add(new Conj(start, k, sep, kind(start, k)));
            start = k;
            sep = Sep.WITHOUT;
            continue;
          }
          next = Sep.WITH;
        }
        if (next == null) {
          continue;
        }
        if (k > start) {
          out.add(new Conj(start, k, sep, kind(start, k)));
          sep = next;
        } else if (next != Sep.COMMA) {
          sep = next;
        }
        start = k + skip;
        k = start - 1;
      }
      if (b > start) {
        out.add(new Conj(start, b, sep, kind(start, b)));
      }
      out.removeIf(c -> c.from() >= c.to());
      return splitMeasures(out);
    }

    /**
     * "extension 5° abduction 30°": a conjunct holding a measured finding followed by another
     * measure is two conjuncts.
     */
    private List<Conj> splitMeasures(List<Conj> in) {
      List<Conj> out = new ArrayList<>();
      for (Conj c : in) {
        int start = c.from();
        Sep sep = c.sep();
        boolean seenHead = false;
        for (int k = c.from(); k + 1 < c.to(); k++) {
          seenHead |= t.isHead(k);
          if (seenHead && t.isNumber(k) && ((t.cls[k + 1] == WordClass.MEASURE
              || t.cls[k + 1] == WordClass.VITAL) && !t.word(k + 1).equals("strength")
              || TEMPERATURE.matcher(t.word(k + 1)).matches()) && k + 1 > start) {
            out.add(new Conj(start, k + 1, sep, kind(start, k + 1)));
            start = k + 1;
            sep = Sep.COMMA;
            seenHead = false;
          }
        }
        out.add(start == c.from() ? c : new Conj(start, c.to(), sep, kind(start, c.to())));
      }
      return out;
    }

    /** Whether a negation opens or sits in tokens {@code [a, b)}: "does not seem to be in ...". */
    private boolean negatedWithin(int a, int b) {
      for (int k = a; k < b; k++) {
        if (t.tok(k).isAny(ExamTokens.NEGATIONS)) {
          return true;
        }
      }
      return false;
    }

    /** "in no acute distress" after another finding is a finding of its own. */
    private boolean distressFollows(int a, int b) {
      for (int k = a; k < b && k < a + 3; k++) {
        if (t.tok(k).is("distress")) {
          return true;
        }
      }
      return false;
    }

    /** Whether a finding's head follows within a few words: "C5 and C6 dermatome sensation". */
    private boolean headWithin(int a, int b) {
      for (int k = a; k < b && k < a + 3; k++) {
        if (t.isHead(k)) {
          return true;
        }
      }
      return false;
    }

    /** "rate and rhythm", "S1, S2", "alert and oriented": pairs that are one finding. */
    private boolean protectedPair(int k, int b) {
      if (k == 0 || k + 1 >= b) {
        return false;
      }
      String before = t.word(k - 1);
      int n = k + 1;
      if (t.tok(k).type() == Type.COMMA && n + 1 < b && (t.tok(n).is("and") || t.tok(n).is("or"))) {
        n++;
      }
      String after = t.word(n);
      if ((ExamTokens.isLevel(before) && ExamTokens.isLevel(after) && !headWithin(n + 1, b))
          || (t.isSide(k - 1) && t.isSide(n) && !(n + 1 < b && t.cls[n + 1] == WordClass.MEASURE))
          || (t.tok(k - 1).isAny(ExamTokens.MODALITIES) && t.tok(n).isAny(ExamTokens.MODALITIES)
              && t.modalities(n, Math.min(b, n + 2)) )) {
        return true;
      }
      if ((Set.of("active", "passive").contains(before) && Set.of("active", "passive").contains(after))
          || (before.endsWith("ly") && after.endsWith("ly") && before.length() > 4 && after.length() > 4)) {
        return true;
      }
      if ((before.equals("foot") || before.equals("feet")) && t.isNumber(n)) {
        return true;
      }
      return (before.equals("rate") && after.equals("rhythm"))
          || (before.equals("s1") && after.equals("s2"))
          || (before.equals("alert") && after.equals("oriented") && t.tok(k).is("and"))
          || (before.equals("light") && after.equals("accommodation"))
          || (before.equals("equal") && (after.equals("reactive") || after.equals("round")))
          || (before.equals("round") && after.equals("reactive"))
          || (before.equals("bulk") && after.equals("tone"))
          || (before.equals("mood") && after.equals("affect"))
          || (before.equals("short") && after.equals("long"));
    }

    /**
     * "pain with flexion", "crepitus present with passive or active range of motion": a sign
     * and the manoeuvre that elicits it are one finding.
     */
    private boolean elicitedBy(int a, int k, int b) {
      int before = k - 1;
      while (before > a && t.tok(before).isAny(Set.of("present", "noted", "elicited", "especially"))) {
        before--;
      }
      if (before >= a && t.tok(before).isAny(ELICITED)) {
        return true;
      }
      if (before < a || t.cls[before] != WordClass.SIGN || t.tok(k).is("without")) {
        return false;
      }
      for (int j = k + 1; j < b && j < k + 6; j++) {
        if (t.isHead(j)) {
          return t.cls[j] == WordClass.MEASURE;
        }
      }
      return false;
    }

    /** Whether what follows "with"/"without" is a finding of its own, not a qualifier. */
    private boolean startsFinding(int a, int b) {
      for (int k = a; k < b && k < a + 8; k++) {
        Tok tok = t.tok(k);
        if (tok.type() != Type.WORD) {
          return false;
        }
        if (tok.isAny(QUALIFIERS)) {
          return false;
        }
        if (t.isHead(k)) {
          return true;
        }
      }
      return false;
    }

    private Kind kind(int a, int b) {
      boolean head = false;
      boolean site = false;
      boolean eval = false;
      for (int k = a; k < b; k++) {
        head |= t.isHead(k);
        site |= t.site[k] || t.cls[k] == WordClass.ORGAN;
        eval |= t.isEvaluator(k);
      }
      return head ? Kind.FINDING : eval ? Kind.PRED : site ? Kind.SITE : Kind.MOD;
    }


    /** A conjunct that can be (part of) a shared subject: no result of its own. */
    private boolean bareSubject(List<Conj> before, int i, boolean nearest) {
      Conj c = before.get(i);
      if (c.kind() == Kind.PRED) {
        return false;
      }
      for (int k = c.from(); k < c.to(); k++) {
        if (t.isEvaluator(k) || (!nearest && t.cls[k] == WordClass.SIGN)) {
          return false;
        }
      }
      if (c.kind() == Kind.SITE && i > 0 && before.get(i - 1).kind() == Kind.FINDING
          && template(before.get(i - 1), draft(before.get(i - 1).from(), before.get(i - 1).to())).prep >= 0) {
        // "tenderness of the spine and musculature": a site of the finding before it
        return false;
      }
      return true;
    }

    private boolean hasResultWord(Conj c) {
      for (int k = c.from(); k < c.to(); k++) {
        if (t.isEvaluator(k)) {
          return true;
        }
      }
      return false;
    }

    /** Subjects of a shared predicate, modifiers completed ("patellar and Achilles reflexes"). */
    private List<Draft> subjects(List<Conj> cs) {
      List<Draft> out = new ArrayList<>();
      if (cs.size() == 1) {
        Conj c = cs.get(0);
        Draft d = draft(c.from(), c.to());
        d.core = core(c);
        out.add(d);
        return out;
      }
      Conj last = cs.get(cs.size() - 1);
      for (Conj c : cs) {
        if (c.kind() == Kind.FINDING || c == last) {
          out.add(draft(c.from(), c.to()));
        } else {
          out.add(hasModifiers(last) ? completeModifier(c, last, List.of()) : draft(c.from(), c.to()));
        }
      }
      return out;
    }

    /**
     * Predicates after a copula: a result stays with the results before it ("2+ and
     * symmetric") unless it names a site or side of its own while one is already named ("2+ at
     * the knees and absent at the ankles"); a predicate that is a finding of its own ("negative
     * anterior drawer sign") does not take the subject.
     */
    private List<Draft> predicates(List<Conj> cs, boolean subjectSite) {
      List<Conj> merged = new ArrayList<>();
      boolean siteNamed = subjectSite;
      for (Conj c : cs) {
        boolean site = hasSiteOrSide(c);
        if (!merged.isEmpty() && c.kind() == Kind.PRED && !(site && siteNamed)
            && c.sep() == Sep.AND
            && merged.get(merged.size() - 1).kind() == Kind.PRED) {
          Conj last = merged.remove(merged.size() - 1);
          merged.add(new Conj(last.from(), c.to(), last.sep(), Kind.PRED));
        } else {
          merged.add(c);
        }
        siteNamed |= site;
      }
      List<Draft> out = new ArrayList<>();
      int from = 0;
      if (!merged.isEmpty() && merged.get(0).kind() == Kind.PRED) {
        Conj first = merged.get(0);
        // the result the copula states: "are 2+ and symmetric", "was intact"
        int next = 1;
        if (next < merged.size() && merged.get(next).sep() != Sep.WITH
            && merged.get(next).sep() != Sep.WITHOUT && merged.get(next).kind() != Kind.PRED) {
          next = 0;
        }
        if (next == 1) {
          out.add(draft(first.from(), first.to()));
          from = 1;
        }
      }
      List<Conj> rest = new ArrayList<>();
      for (int i = from; i < merged.size(); i++) {
        Conj c = merged.get(i);
        rest.add(i == from ? new Conj(c.from(), c.to(), Sep.NONE, c.kind()) : c);
      }
      out.addAll(combine(rest));
      for (Draft d : out) {
        d.ownSite = d.firstWord >= 0 && hasSiteOrSide(d.firstWord, d.lastWord + 1);
        d.ownSubject = d.hasTest || (d.hasHead && d.firstWord >= 0 && !t.isEvaluator(d.firstWord)
            && !d.startsWithResult)
            // "gait is normal with normal heel walking": a finding of its own after "with"
            || (d.hasHead && d.firstWord > 0 && t.tok(d.firstWord - 1).is("with")
                && !t.tok(d.firstWord).isAny(QUALIFIERS));
      }
      return out;
    }

    private boolean hasSiteOrSide(Conj c) {
      return hasSiteOrSide(c.from(), c.to());
    }

    private boolean hasSiteOrSide(int a, int b) {
      for (int k = a; k < b; k++) {
        if (t.site[k] || t.isSide(k)) {
          return true;
        }
      }
      return false;
    }

    /** The findings of a list of conjuncts: distributes shared results, heads and sites. */
    private List<Draft> combine(List<Conj> cs) {
      return new Combiner(cs).run();
    }

    /** One pass over a list of conjuncts; a run is a list joined by commas, "and", "or". */
    private final class Combiner {
      private final List<Conj> cs;
      private final List<Draft> out = new ArrayList<>();
      private final List<Conj> pending = new ArrayList<>();
      private final List<Template> group = new ArrayList<>();
      private Template frame;
      /** A negation or polarity opening the run: "no", "negative". */
      private Piece shared;
      /** A result opening the run: "normal" of "normal pinnae, canals, TMs". */
      private Piece sharedResult;
      private boolean closed;
      private int runStart;

      Combiner(List<Conj> cs) {
        this.cs = cs;
      }

      List<Draft> run() {
        for (int i = 0; i < cs.size(); i++) {
          Conj c = cs.get(i);
          // "A, B or C, D": a list ends at its "and"/"or" member, so D starts a new one.
          boolean newRun = c.sep() == Sep.WITH || c.sep() == Sep.WITHOUT || c.sep() == Sep.NONE
              || (closed && (c.sep() == Sep.COMMA || c.sep() == Sep.LIST_END)
                  && !(frame != null && frame.prep >= 0 && (c.kind() == Kind.SITE || c.kind() == Kind.MOD)));
          int own = prefixEnd(c);
          boolean opensShared = own > c.from() && t.tok(c.from()).isAny(SHARED_RESULTS);
          closed = listed(c.sep()) && c.sep() != Sep.COMMA && !opensShared;
          if (c.sep() == Sep.WITH && frame != null && frame.draft.hasResult && measureOnly(c)
              && c.from() > 0 && t.tok(c.from() - 1).is("with")) {
            // "full range of motion with flexion, extension and rotation"
            endRun();
            Template with = new Template();
            with.draft = out.isEmpty() ? null : out.get(out.size() - 1);
            with.head = with.draft;
            with.prep = c.from() - 1;
            with.objects = true;
            if (with.draft != null) {
              out.remove(out.size() - 1);
              frame = with;
              group.add(with);
              out.add(with.at(c));
              continue;
            }
          }
          if (newRun && !(frame != null && frame.objects && measureOnly(c) && c.kind() == Kind.FINDING)) {
            endRun();
          }
          if (own > c.from() && newRun && i + 1 < cs.size() && listed(cs.get(i + 1).sep())) {
            if (opensShared) {
              shared = t.tok(c.from()).is("without") ? Piece.literal("no") : Piece.of(t, c.from(), own);
            } else if (!t.isNumber(c.from())) {
              sharedResult = Piece.of(t, c.from(), own);
            }
          } else if (opensShared && shared == null && sharedResult == null) {
            shared = t.tok(c.from()).is("without") ? Piece.literal("no") : Piece.of(t, c.from(), own);
          }
          switch (c.kind()) {
            case FINDING -> {
              if (frame != null && frame.objects && measureOnly(c)) {
                out.add(frame.at(c));
              } else {
                finding(c, i, own);
              }
            }
            case SITE, MOD -> {
              if (frame != null && c.kind() == Kind.MOD && t.tok(c.from()).isAny(ATTACHING)
                  && !out.isEmpty() && out.get(out.size() - 1) == frame.draft) {
                // "hyperreflexia in the legs, worse on the left"
                frame.draft.add(Piece.of(t, c.from(), c.to()), t, c.from(), c.to());
              } else if (frame != null && frame.prep >= 0 && (c.kind() == Kind.SITE || hasWords(c))) {
                for (Template g : group) {
                  out.add(g.at(c));
                }
              } else {
                pending.add(c);
              }
            }
            case PRED -> predicate(c, i);
            default -> throw new IllegalStateException();
          }
        }
        endRun();
        return out;
      }

      private void endRun() {
        flushPending();
        distributeTrailingNoun(out.subList(runStart, out.size()));
        runStart = out.size();
        group.clear();
        frame = null;
        shared = null;
        sharedResult = null;
      }

      private void finding(Conj c, int i, int own) {
        Draft d;
        boolean onlyResults = pending.stream().allMatch(p -> prefixEnd(p) == p.to());
        if (onlyResults && label != null && !pending.isEmpty() && pending.get(0).sep() == Sep.NONE) {
          // "Abdomen: soft, regular bowel sounds": "soft" is said of the abdomen
          flushPending();
        }
        if (!pending.isEmpty() && (listed(c.sep()) && c.sep() != Sep.COMMA || onlyResults)
            && (own == c.from() || onlyResults)) {
          d = resolvePending(c, own);
        } else {
          flushPending();
          d = draft(c.from(), c.to());
        }
        if (own == c.from() && !d.hasResult && !(c.sep() == Sep.NONE || c.sep() == Sep.WITH)) {
          if (shared != null && !(c.sep() == Sep.COMMA && template(c, d).prep >= 0)) {
            d.result(shared);
          } else if (sharedResult != null && measureOnly(c)) {
            d.result(sharedResult);
          }
        }
        if (t.tok(c.from()).is("without") && c.from() + 1 < c.to()) {
          d = draft(c.from() + 1, c.to());
          // a record's exam line is read as "no ..."; a narrative keeps its own word
          d.result(label != null ? Piece.literal("no") : Piece.of(t, c.from(), c.from() + 1));
        }
        Template tp = template(c, d);
        if (tp.prep >= 0 && own == c.from()
            && (c.sep() == Sep.AND || c.sep() == Sep.LIST_END || c.sep() == Sep.OR)) {
          // bare signs before it share its site: "tenderness and spasms of the neck"
          for (Template g : group) {
            if (g.prep < 0 && g.sign && out.remove(g.draft)) {
              Draft bare = g.draft;
              Draft moved = new Draft();
              moved.add(g.draft);
              moved.add(Piece.of(t, tp.prep, tp.siteEnd), t, tp.prep, tp.siteEnd);
              out.add(moved);
              g.draft = moved;
              g.prep = tp.prep;
              g.head = bare;
            }
          }
          group.removeIf(g -> g.prep < 0);
        } else if (tp.prep >= 0 || !tp.sign || c.sep() == Sep.WITH) {
          group.clear();
        }
        group.add(tp);
        frame = tp;
        out.add(d);
      }

      /** Modifiers and results waiting before a finding complete it or take its head. */
      private Draft resolvePending(Conj c, int own) {
        List<Piece> evals = new ArrayList<>();
        Piece firstResult = null;
        for (Conj p : pending) {
          if (prefixEnd(p) == p.to()) {
            evals.add(Piece.of(t, p.from(), p.to()));
            continue;
          }
          int results = resultEnd(p);
          if (firstResult == null && results > p.from() && !t.tok(p.from()).isAny(SHARED_RESULTS)) {
            firstResult = Piece.of(t, p.from(), results);
          }
          if (!modifier(p) || !hasModifiers(c)) {
            // "no skin breakdown or hyperhidrosis": a finding of its own, not a modifier
            out.add(draft(p.from(), p.to()));
            continue;
          }
          Draft m = completeModifier(p, c, evals);
          if (prefixEnd(p) == p.from() && shared != null) {
            m.result(shared);
          }
          out.add(m);
        }
        pending.clear();
        Draft d = new Draft();
        for (Piece e : evals) {
          d.result(e, false);
        }
        if (firstResult != null && own == c.from()) {
          // "decreased C5 and C6 dermatome sensation"
          d.result(firstResult, false);
        }
        d.add(draft(c.from(), c.to()));
        return d;
      }

      private void predicate(Conj c, int i) {
        Template own = frame == null ? template(c, draft(c.from(), c.to())) : null;
        boolean beforeFinding = i + 1 < cs.size() && cs.get(i + 1).kind() == Kind.FINDING
            && listed(cs.get(i + 1).sep()) && cs.get(i + 1).sep() != Sep.COMMA;
        if (own != null && own.prep >= 0) {
          frame = own;
          group.clear();
          group.add(own);
          out.add(own.draft);
        } else if (frame != null && prefixEnd(c) < c.to() && !beforeFinding
            && !t.tok(c.from()).isAny(Set.of("no", "not", "without", "none"))
            && (t.isNumber(c.from()) || t.cls[c.from()] == WordClass.EVALUATOR
                || t.tok(c.from()).isAny(POLARITY))) {
          // "strength 5/5 in the arms, 4/5 in the legs"
          Draft d = new Draft();
          d.add(frame.core);
          d.add(draft(c.from(), c.to()));
          out.add(d);
        } else {
          pending.add(c);
        }
      }

      /** Conjuncts left without a finding to their right: sites of the last finding, or findings. */
      private void flushPending() {
        for (int i = 0; i < pending.size(); i++) {
          Conj p = pending.get(i);
          if (frame != null && frame.prep >= 0 && p.kind() != Kind.PRED) {
            for (Template g : group) {
              out.add(g.at(p));
            }
          } else if (p.kind() == Kind.PRED) {
            int end = p.to();
            // "1+ throughout and symmetric": results joined by "and" are one
            while (i + 1 < pending.size() && pending.get(i + 1).kind() == Kind.PRED
                && pending.get(i + 1).sep() == Sep.AND
                && !hasSiteOrSide(pending.get(i + 1))) {
              end = pending.get(++i).to();
            }
            Draft d = draft(p.from(), end);
            if (frame != null && prefixEnd(p) == end && label == null) {
              // a result alone after a finding belongs to it: "limited, painful"
              frame.draft.add(Piece.of(t, p.from(), end), t, p.from(), end);
              continue;
            }
            if (shared != null && prefixEnd(p) == p.from()) {
              d.result(shared);
            }
            out.add(d);
          } else if (sharedResult != null || shared != null) {
            // "no evidence of motor atrophy or muscle loss", "normal pinnae, canals, TMs"
            Draft d = draft(p.from(), p.to());
            d.result(shared != null ? shared : sharedResult);
            d.informative = true;
            out.add(d);
          } else if (everyItem) {
            out.add(draft(p.from(), p.to()));
          }
        }
        pending.clear();
      }

      /** A finding of something examined without a result of its own ("tone" in a list). */
      private boolean measureOnly(Conj c) {
        for (int k = c.from(); k < c.to(); k++) {
          if (t.cls[k] == WordClass.SIGN || t.cls[k] == WordClass.TEST || t.isEvaluator(k)) {
            return false;
          }
        }
        return true;
      }
    }


    private static boolean listed(Sep s) {
      return s == Sep.COMMA || s == Sep.AND || s == Sep.OR || s == Sep.LIST_END;
    }

    private boolean hasWords(Conj c) {
      for (int k = c.from(); k < c.to(); k++) {
        if (t.isWord(k) && t.word(k).length() > 2) {
          return true;
        }
      }
      return false;
    }

    /**
     * "paracervical, sternocleidomastoid and trapezius muscles": the last site's noun belongs
     * to the one-word sites before it; "Neer's, Hawkins' and empty can tests" likewise.
     */
    private void distributeTrailingNoun(List<Draft> out) {
      if (out.size() < 2) {
        return;
      }
      Draft last = out.get(out.size() - 1);
      if (last.lastWord < 0) {
        return;
      }
      int boundary = last.siteFrom >= 0 ? last.siteFrom : last.firstWord;
      if (boundary < 0 || t.tok(boundary).isAny(ExamTokens.PREPOSITIONS)) {
        return;
      }
      int n = last.lastWord;
      boolean test = GENERIC_TESTS.contains(t.word(n));
      boolean noun = SHARED_NOUNS.contains(t.word(n));
      if (!test && !noun) {
        return;
      }
      Piece nounPiece = Piece.of(t, n, n + 1);
      for (int i = out.size() - 2; i >= 0; i--) {
        Draft d = out.get(i);
        int w = d.lastWord;
        if (w < 0 || w >= boundary) {
          break;
        }
        boolean ok = test
            ? t.cls[w] == WordClass.TEST && !GENERIC_TESTS.contains(t.word(w))
            : d.listMember && (t.isSiteAdjective(w)
                || (t.cls[w] == null && !t.site[w] && !t.isNumber(w) && !t.isSide(w)));
        if (!ok) {
          break;
        }
        d.pieces.add(nounPiece);
        boundary = d.siteFrom >= 0 ? d.siteFrom : d.firstWord;
      }
    }

    /**
     * Whether a finding has words before its head that a modifier before it can stand for:
     * "axillary lymphadenopathy" has, "lesions" (after "no rashes or") has not.
     */
    private boolean hasModifiers(Conj c) {
      int own = resultEnd(c);
      for (int k = own; k < c.to(); k++) {
        if (t.isHead(k)) {
          if (k > own) {
            return true;
          }
          // "tandem walking": the phrase's own first words
          int j = k;
          while (j + 1 < c.to() && t.cls[j + 1] == t.cls[k] && t.cls[k] == WordClass.MEASURE) {
            j++;
          }
          return j > k || t.cls[k] == WordClass.TEST;
        }
      }
      return true;
    }

    /** End of a conjunct's leading results, numbers included ("2+ radial"). */
    private int resultEnd(Conj c) {
      int k = prefixEnd(c);
      while (k < c.to() && t.isNumber(k)) {
        k++;
      }
      return k;
    }

    /**
     * Whether a conjunct before a finding is a modifier of it: one word after its results
     * ("cervical", "decreased C5", "patellar"), or ending in a site adjective ("lower lumbar").
     */
    private boolean modifier(Conj p) {
      int from = resultEnd(p);
      int words = p.to() - from;
      if (words == 1 && NOUN_ENDING.matcher(t.word(from)).matches() && !t.site[from]) {
        // "normal cognition and cranial nerve examination": a noun is no modifier
        return false;
      }
      if (words <= 1 || t.isSiteAdjective(p.to() - 1) || ExamTokens.isLevel(t.word(p.to() - 1))) {
        return true;
      }
      // a body part of its own: "mid back" before "low back pain"
      var named = parts.find(t.text, t.tok(from).start(), t.tok(p.to() - 1).end());
      return named.size() == 1 && named.get(0).span().start() <= t.tok(from + (t.tok(from).isAny(Set.of("the", "a")) ? 1 : 0)).start()
          && named.get(0).span().end() == t.tok(p.to() - 1).end();
    }

    /** End of a conjunct's own leading result words ("no", "negative", "decreased"). */
    private int prefixEnd(Conj c) {
      int k = c.from();
      while (k < c.to() && (t.isEvaluator(k) && !t.isNumber(k) || t.tok(k).is("evidence")
          || t.tok(k).is("of") && k > c.from() && t.tok(k - 1).is("evidence"))) {
        k++;
      }
      return k;
    }

    /**
     * A modifier conjunct completed with the head of the finding after it: "cervical" before
     * "axillary lymphadenopathy" is "cervical lymphadenopathy"; "Hawkins'" before "empty can
     * test" is "Hawkins' test".
     */
    private Draft completeModifier(Conj mod, Conj finding, List<Piece> evals) {
      Draft d = new Draft();
      d.listMember = true;
      for (Piece e : evals) {
        d.result(e, false);
      }
      d.add(draft(mod.from(), mod.to()));
      int own = prefixEnd(finding);
      int head = -1;
      for (int k = own; k < finding.to(); k++) {
        if (t.isHead(k)) {
          head = k;
          break;
        }
      }
      if (head < 0) {
        return d;
      }
      if (GENERIC_TESTS.contains(t.word(head)) || t.cls[head] == WordClass.TEST) {
        int g = head;
        while (g < finding.to() && !GENERIC_TESTS.contains(t.word(g))) {
          g++;
        }
        if (g < finding.to() && !GENERIC_TESTS.contains(t.word(mod.to() - 1))) {
          int from = t.cls[head] == WordClass.TEST && head < g && !t.isSide(head) ? head : g;
          d.add(Piece.of(t, from, g + 1), t, from, g + 1);
        }
        return d;
      }
      // the head phrase's last word is its noun: "tandem walking" is walking of a kind (but
      // "external rotation stress test" is a test)
      boolean test = false;
      for (int k = head; k < finding.to(); k++) {
        test |= t.cls[k] == WordClass.TEST;
      }
      while (!test && head + 1 < finding.to() && t.cls[head + 1] == t.cls[head]
          && t.cls[head] == WordClass.MEASURE) {
        head++;
      }
      int modWords = mod.to() - resultEnd(mod);
      int keepFrom = Math.min(head, own + modWords);
      // "neck, mid back and low back pain": a body part takes the place of the finding's body part
      var modPart = resultEnd(mod) < mod.to()
          ? parts.find(t.text, t.tok(resultEnd(mod)).start(), t.tok(mod.to() - 1).end()) : List.<org.imrx.lexicon.PhraseMatcher.Match<org.imrx.lexicon.BodyPart>>of();
      int partFrom = own;
      while (partFrom < head && t.isSide(partFrom)) {
        partFrom++;
      }
      var findingPart = partFrom < head ? parts.find(t.text, t.tok(partFrom).start(), t.tok(head).start())
          : List.<org.imrx.lexicon.PhraseMatcher.Match<org.imrx.lexicon.BodyPart>>of();
      if (modPart.size() == 1 && !findingPart.isEmpty()
          && findingPart.get(0).span().start() == t.tok(partFrom).start()) {
        int end = findingPart.get(0).span().end();
        keepFrom = own;
        while (keepFrom < head && t.tok(keepFrom).start() < end) {
          keepFrom++;
        }
      }
      if (keepFrom < finding.to()) {
        d.add(Piece.of(t, keepFrom, finding.to()), t, keepFrom, finding.to());
      }
      return d;
    }

    /** A finding's parts: its words up to the site's preposition, and where the site starts. */
    private Template template(Conj c, Draft d) {
      Template tp = new Template();
      tp.draft = d;
      tp.prep = -1;
      int firstHead = -1;
      for (int k = c.from(); k < c.to(); k++) {
        if (t.isHead(k) && firstHead < 0) {
          firstHead = k;
          tp.sign = t.cls[k] == WordClass.SIGN || t.cls[k] == WordClass.TEST;
        } else if (firstHead < 0 && c.kind() == Kind.PRED && t.isEvaluator(k)) {
          firstHead = k;
        }
        if (firstHead >= 0 && k > firstHead && t.tok(k).isAny(ExamTokens.PREPOSITIONS)
            && (siteWithin(k + 1, c.to()) || (c.kind() == Kind.PRED && t.tok(k).is("for")))) {
          tp.prep = k;
          tp.siteEnd = c.to();
          break;
        }
      }
      if (tp.prep < 0 && (tp.sign || d.hasResult) && firstHead >= 0) {
        // "pain with flexion": further measures are elicited the same way ("and extension")
        for (int k = tp.sign ? firstHead + 1 : c.from() + 1; k + 1 < c.to(); k++) {
          if ((t.tok(k).is("with") || (t.tok(k).is("in") && !tp.sign)) && t.cls[k + 1] == WordClass.MEASURE) {
            tp.prep = k;
            tp.siteEnd = c.to();
            tp.objects = true;
            break;
          }
        }
      }
      if (tp.prep >= 0 && !tp.objects) {
        // the finding's own site heads a list of sites that may follow it
        d.listMember = true;
        d.siteFrom = tp.prep + 1;
      }
      int own = prefixEnd(c);
      tp.head = new Draft();
      for (Piece p : d.pieces) {
        if (p.literal() != null || p.end() <= (tp.prep >= 0 ? t.tok(tp.prep).start() : Integer.MAX_VALUE)) {
          tp.head.pieces.add(p);
        } else if (p.start() < t.tok(tp.prep).start()) {
          tp.head.pieces.add(new Piece(p.start(), t.tok(tp.prep - 1).end(), null));
        }
      }
      tp.head.hasHead = d.hasHead;
      tp.head.firstWord = d.firstWord;
      tp.head.startsWithResult = d.startsWithResult;
      tp.head.informative = true;
      tp.head.hasSign = d.hasSign;
      tp.head.hasResult = d.hasResult;
      tp.head.hasTest = d.hasTest;
      tp.core = new Draft();
      int coreEnd = tp.prep >= 0 ? tp.prep : c.to();
      while (own < coreEnd && t.tok(own).isAny(Set.of("a", "an", "the"))) {
        own++;
      }
      while (own < coreEnd && t.isEvaluator(own)) {
        own++;
      }
      if (own < coreEnd) {
        tp.core.add(Piece.of(t, own, coreEnd), t, own, coreEnd);
      }
      return tp;
    }

    private boolean siteWithin(int a, int b) {
      for (int k = a; k < b && k < a + 4; k++) {
        if (t.site[k] || t.cls[k] == WordClass.ORGAN || t.isSide(k)) {
          return true;
        }
        if (t.tok(k).isAny(ExamTokens.PREPOSITIONS)) {
          return false;
        }
      }
      return false;
    }

    /** The findings' core ("range of motion" of "decreased range of motion of the neck"). */
    private Draft core(Conj c) {
      int own = prefixEnd(c);
      while (own < c.to() && (t.tok(own).isAny(Set.of("a", "an", "the")) || t.isEvaluator(own))) {
        own++;
      }
      Draft d = new Draft();
      int end = c.to();
      for (int k = own + 1; k < c.to(); k++) {
        if (t.tok(k).isAny(ExamTokens.PREPOSITIONS) && siteWithin(k + 1, c.to())) {
          end = k;
          break;
        }
      }
      if (own < end) {
        d.add(Piece.of(t, own, end), t, own, end);
      }
      return d.pieces.isEmpty() ? null : d;
    }

    /** The words {@code [a, b)} as a draft, without an opening article and without copulas. */
    Draft draft(int a, int b) {
      Draft d = new Draft();
      int k = a;
      if (k < b && t.tok(k).isAny(Set.of("a", "an", "the"))) {
        k++;
      }
      int run = k;
      for (; k < b; k++) {
        if (dropped(k)) {
          if (k > run) {
            d.add(Piece.of(t, run, k), t, run, k);
          }
          run = k + 1;
        }
      }
      if (b > run) {
        d.add(Piece.of(t, run, b), t, run, b);
      }
      return d;
    }

    /** "not appear to be": the copula after "not" carries the negation's sense. */
    private boolean negatedCopula(int k) {
      for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
        if (t.tok(j).is("not")) {
          return t.tok(k).isAny(Set.of("appear", "appears", "appeared", "seem", "seems", "seemed", "be"));
        }
        if (!t.tok(j).isAny(Set.of("appear", "appears", "appeared", "seem", "seems", "seemed", "to"))) {
          return false;
        }
      }
      return false;
    }

    /** Copulas and "noted", "present" inside a finding say nothing; "not noted" does. */
    private boolean dropped(int k) {
      Tok tok = t.tok(k);
      boolean negated = k > 0 && t.tok(k - 1).isAny(ExamTokens.NEGATIONS);
      return (tok.isAny(ExamTokens.COPULAS) && !tok.is("measured") && !negatedCopula(k))
          || (tok.isAny(Set.of("noted", "appreciated", "present", "observed", "evident", "there"))
              && !negated && !(k + 1 < t.size() && t.tok(k + 1).is("to") && !tok.is("noted")));
    }

    /** A finding's parts for distributing it over further sites. */
    final class Template {
      Draft draft;
      Draft head;
      Draft core;
      int prep;
      int siteEnd;
      boolean sign;
      /** Takes further measures as its objects: "with flexion, extension and rotation". */
      boolean objects;

      Draft at(Conj site) {
        Draft d = new Draft();
        d.add(head);
        if (!t.tok(site.from()).isAny(ExamTokens.PREPOSITIONS)) {
          d.add(Piece.of(t, prep, prep + 1), t, prep, prep + 1);
        }
        d.add(draft(site.from(), site.to()));
        d.siteFrom = site.from();
        d.listMember = true;
        return d;
      }
    }

    /** A finding being built: its pieces and what its words are. */
    final class Draft {
      final List<Piece> pieces = new ArrayList<>();
      boolean hasHead;
      boolean hasTest;
      boolean hasResult;
      boolean hasSign;
      boolean hasSite;
      boolean informative;
      boolean ownSite;
      boolean ownSubject;
      boolean startsWithResult;
      Draft core;
      int siteFrom = -1;
      /** Made from a member of a list of sites or modifiers. */
      boolean listMember;
      int firstWord = -1;
      int lastWord = -1;

      void add(Piece p, ExamTokens t, int a, int b) {
        pieces.add(p);
        for (int k = a; k < b; k++) {
          hasHead |= t.isHead(k);
          hasTest |= t.cls[k] == WordClass.TEST;
          hasResult |= t.isEvaluator(k);
          hasSign |= t.cls[k] == WordClass.SIGN || t.cls[k] == WordClass.TEST
              || t.cls[k] == WordClass.STATE;
          hasSite |= t.site[k] || t.cls[k] == WordClass.ORGAN;
          informative |= t.isHead(k) || t.isEvaluator(k) || t.cls[k] == WordClass.ORGAN;
        }
        if (firstWord < 0 || a < firstWord) {
          firstWord = a;
        }
        lastWord = Math.max(lastWord, b - 1);
      }

      /** Puts a result that the finding shares with others before its words (or after them). */
      void result(Piece p) {
        result(p, true);
      }

      void result(Piece p, boolean first) {
        if (first) {
          pieces.add(0, p);
          startsWithResult = true;
        } else {
          pieces.add(p);
        }
        hasResult = true;
      }

      void add(Draft other) {
        if (other == null) {
          return;
        }
        pieces.addAll(other.pieces);
        hasHead |= other.hasHead;
        hasTest |= other.hasTest;
        hasResult |= other.hasResult;
        hasSign |= other.hasSign;
        hasSite |= other.hasSite;
        informative |= other.informative;
        if (other.firstWord >= 0 && (firstWord < 0 || other.firstWord < firstWord)) {
          firstWord = other.firstWord;
        }
        lastWord = Math.max(lastWord, other.lastWord);
      }

      FindingText render(String text) {
        if (pieces.stream().anyMatch(p -> p.literal() != null && p.literal().equals("no"))) {
          hasResult = true;
        }
        StringBuilder b = new StringBuilder();
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Piece p : pieces) {
          String s = p.render(text).strip();
          if (s.isEmpty()) {
            continue;
          }
          if (!b.isEmpty()) {
            b.append(' ');
          }
          b.append(s);
          if (p.literal() == null) {
            start = Math.min(start, p.start());
            end = Math.max(end, p.end());
          }
        }
        String s = b.toString().replaceAll("\\s+", " ").replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
        if (end < 0 || s.isEmpty() || demographic(s) || PAIN_SCORE.matcher(s).find()
            || BARE_VERB.matcher(s).matches()) {
          return null;
        }
        return new FindingText(s, new Span(start, end));
      }
    }
  }

  /** "ambulated", "moves": a verb of the examinee alone says nothing found. */
  private static final java.util.regex.Pattern BARE_VERB = java.util.regex.Pattern.compile(
      "(?i)(?:ambulat\\w*|walk\\w*|moves?|sits?|stands?|appears?|looks?|able|unable|exhibits?|presents?)"
      + "(?:\\s+(?:to|with|in))?");

  /** "pain at a 2/10": a rating the worker gives, not a finding. */
  private static final java.util.regex.Pattern PAIN_SCORE = java.util.regex.Pattern.compile(
      "(?i)\\b\\d+(?:\\.\\d)?\\s*(?:/|out\\s+of)\\s*10\\b|\\bVAS\\b");

  private static boolean demographic(String s) {
    for (String w : s.toLowerCase().split("[\\s,]+")) {
      if (!w.isEmpty() && !DEMOGRAPHIC.contains(w) && !w.matches("\\d+(-year-old)?|a|an|the|is|and|who|\\d+-year")) {
        return false;
      }
    }
    return true;
  }
}
