package org.imrx.extract.finding;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrx.extract.finding.Conj.Kind;
import org.imrx.extract.finding.Conj.Sep;
import org.imrx.extract.finding.ExamTokens.Tok;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ExamVocabulary.WordClass;
import org.imrx.lexicon.PhraseMatcher;

/**
 * The words of one passage as the splitter reads them: what a conjunct is, where its results
 * end, its core and template, a draft of a word range. Shared by {@link ClauseReader} and
 * {@link ConjunctCombiner} within one call of the splitter; not shared across calls.
 */
final class ClauseWords {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> APPEAR_BE = Set.of("appear", "appears", "appeared", "seem", "seems", "seemed", "be");
  private static final Set<String> APPEAR_TO = Set.of("appear", "appears", "appeared", "seem", "seems", "seemed", "to");
  private static final Set<String> PRESENCE_WORDS = Set.of("noted", "appreciated", "present", "observed", "evident", "there");
  static final Set<String> GENERIC_TESTS = Set.of("test", "tests", "sign", "signs",
      "maneuver", "maneuvers", "testing");
  private static final Pattern NOUN_ENDING = Pattern.compile(
      ".{3,}(?:tion|sion|ness|ity|ment|ance|ence|ism|ure)s?");

  final ExamTokens t;
  private final BodyPartLexicon parts;

  ClauseWords(ExamTokens t, BodyPartLexicon parts) {
    this.t = t;
    this.parts = parts;
  }

  Kind kind(int a, int b) {
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

  boolean hasSiteOrSide(Conj c) {
    return hasSiteOrSide(c.from(), c.to());
  }

  boolean hasSiteOrSide(int a, int b) {
    for (int k = a; k < b; k++) {
      if (t.site[k] || t.isSide(k)) {
        return true;
      }
    }
    return false;
  }

  static boolean listed(Sep s) {
    return s == Sep.COMMA || s == Sep.AND || s == Sep.OR || s == Sep.LIST_END;
  }

  boolean hasWords(Conj c) {
    for (int k = c.from(); k < c.to(); k++) {
      if (t.isWord(k) && t.word(k).length() > 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a finding has words before its head that a modifier before it can stand for:
   * "axillary lymphadenopathy" has, "lesions" (after "no rashes or") has not.
   */
  boolean hasModifiers(Conj c) {
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
  int resultEnd(Conj c) {
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
  boolean modifier(Conj p) {
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
  int prefixEnd(Conj c) {
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
  Draft completeModifier(Conj mod, Conj finding, List<Piece> evals) {
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
        ? parts.find(t.text, t.tok(resultEnd(mod)).start(), t.tok(mod.to() - 1).end()) : List.<PhraseMatcher.Match<BodyPart>>of();
    int partFrom = own;
    while (partFrom < head && t.isSide(partFrom)) {
      partFrom++;
    }
    var findingPart = partFrom < head ? parts.find(t.text, t.tok(partFrom).start(), t.tok(head).start())
        : List.<PhraseMatcher.Match<BodyPart>>of();
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
  Template template(Conj c, Draft d) {
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
    while (own < coreEnd && t.tok(own).isAny(ARTICLES)) {
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
  Draft core(Conj c) {
    int own = prefixEnd(c);
    while (own < c.to() && (t.tok(own).isAny(ARTICLES) || t.isEvaluator(own))) {
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
    if (k < b && t.tok(k).isAny(ARTICLES)) {
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
        return t.tok(k).isAny(APPEAR_BE);
      }
      if (!t.tok(j).isAny(APPEAR_TO)) {
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
        || (tok.isAny(PRESENCE_WORDS)
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
}
