package org.imrx.extract.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrx.extract.finding.Conj.Kind;
import org.imrx.extract.finding.Conj.Sep;
import org.imrx.extract.finding.ExamTokens.Tok;
import org.imrx.extract.finding.ExamTokens.Type;
import org.imrx.lexicon.ExamVocabulary.WordClass;

/**
 * The findings of one section of a passage (the text between hard breaks), read left to right:
 * the words that open and close it are dropped, a copula separates a shared subject from its
 * predicates ("motor strength, sensation and reflexes were normal"), and the conjuncts are
 * combined into findings by {@link ConjunctCombiner}. Built per section; not shared.
 */
final class ClauseReader {
  private static final Set<String> AT_WHAT_TIME = Set.of("times", "this", "that", "rest");
  private static final Set<String> SEEN_WORDS = Set.of("noted", "found", "documented", "observed", "seen",
      "appreciated", "elicited", "present", "also");
  private static final Set<String> NOTED_WORDS = Set.of("noted", "found", "documented", "observed");
  private static final Set<String> PRESENT_WORDS = Set.of("present", "noted", "elicited", "especially");
  /** Words that open a clause without saying anything about the finding. */
  static final Set<String> SUBJECTS = Set.of("patient", "worker", "iw", "applicant",
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
  /** "pain with flexion", "difficulty with memory": what follows says when, not a new finding. */
  private static final Set<String> ELICITED = Set.of("pain", "discomfort", "difficulty", "problems",
      "tenderness", "crepitus", "popping", "clicking");
  /** A temperature written without its name: "36.8C", "98.6°F". */
  private static final Pattern TEMPERATURE = Pattern.compile(
      "\\d{2,3}(?:\\.\\d)?\\s*°?\\s*[cf]");

  private final ClauseWords w;
  private final ExamTokens t;
  private final Piece label;

  private final Draft carried;
  /** The subject this section's findings share, for the section after it. */
  Draft subject;

  private final boolean everyItem;

  ClauseReader(ClauseWords w, Piece label, Draft carried, boolean everyItem) {
    this.w = w;
    this.t = w.t;
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
    if (carried != null && t.isEvaluator(a) && w.kind(a, b) == Kind.PRED) {
      Draft d = new Draft();
      d.add(carried);
      d.add(w.draft(a, b));
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
      if (!ClauseWords.listed(before.get(s).sep())) {
        break;
      }
    }
    List<Draft> subjects;
    int last = before.size() - 1;
    if (s == before.size() && last >= 0 && before.get(last).kind() == Kind.SITE) {
      // "motion at the ankle and subtalar joints is preserved": the finding over its sites
      int f = last;
      while (f > 0 && before.get(f).kind() == Kind.SITE && ClauseWords.listed(before.get(f).sep())) {
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
    boolean subjectSite = w.hasSiteOrSide(before.get(before.size() - 1));
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
      if (tok.is("at") && a + 1 < b && t.tok(a + 1).isAny(AT_WHAT_TIME)) {
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
        while (j < b && (t.tok(j).isAny(SEEN_WORDS) || (j > k + 1 && t.isSide(j)))) {
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
        while (j < b && (t.tok(j).isAny(NOTED_WORDS)
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
          out.add(new Conj(start, k, sep, w.kind(start, k)));
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
        out.add(new Conj(start, k, sep, w.kind(start, k)));
        sep = next;
      } else if (next != Sep.COMMA) {
        sep = next;
      }
      start = k + skip;
      k = start - 1;
    }
    if (b > start) {
      out.add(new Conj(start, b, sep, w.kind(start, b)));
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
          out.add(new Conj(start, k + 1, sep, w.kind(start, k + 1)));
          start = k + 1;
          sep = Sep.COMMA;
          seenHead = false;
        }
      }
      out.add(start == c.from() ? c : new Conj(start, c.to(), sep, w.kind(start, c.to())));
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
    while (before > a && t.tok(before).isAny(PRESENT_WORDS)) {
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
        && w.template(before.get(i - 1), w.draft(before.get(i - 1).from(), before.get(i - 1).to())).prep >= 0) {
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
      Draft d = w.draft(c.from(), c.to());
      d.core = w.core(c);
      out.add(d);
      return out;
    }
    Conj last = cs.get(cs.size() - 1);
    for (Conj c : cs) {
      if (c.kind() == Kind.FINDING || c == last) {
        out.add(w.draft(c.from(), c.to()));
      } else {
        out.add(w.hasModifiers(last) ? w.completeModifier(c, last, List.of()) : w.draft(c.from(), c.to()));
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
      boolean site = w.hasSiteOrSide(c);
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
        out.add(w.draft(first.from(), first.to()));
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
      d.ownSite = d.firstWord >= 0 && w.hasSiteOrSide(d.firstWord, d.lastWord + 1);
      d.ownSubject = d.hasTest || (d.hasHead && d.firstWord >= 0 && !t.isEvaluator(d.firstWord)
          && !d.startsWithResult)
          // "gait is normal with normal heel walking": a finding of its own after "with"
          || (d.hasHead && d.firstWord > 0 && t.tok(d.firstWord - 1).is("with")
              && !t.tok(d.firstWord).isAny(QUALIFIERS));
    }
    return out;
  }

  /** The findings of a list of conjuncts: distributes shared results, heads and sites. */
  private List<Draft> combine(List<Conj> cs) {
    return new ConjunctCombiner(w, label, everyItem, cs).run();
  }
}
