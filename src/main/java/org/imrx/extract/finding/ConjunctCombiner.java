package org.imrx.extract.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imrx.extract.finding.ClauseWords.Template;
import org.imrx.extract.finding.Conj.Kind;
import org.imrx.extract.finding.Conj.Sep;
import org.imrx.lexicon.ExamVocabulary.WordClass;

/**
 * The findings of a list of conjuncts, in one pass: distributes shared results ("no cervical,
 * supraclavicular, or axillary lymphadenopathy"), heads and sites ("tenderness and spasms of
 * the cervical and lumbar spine"); a run is a list joined by commas, "and", "or". Built per
 * list; not shared.
 */
final class ConjunctCombiner {
  private static final Set<String> NEGATIVES = Set.of("no", "not", "without", "none");
  /** Results that, written first, hold for every finding of the list after them. */
  private static final Set<String> SHARED_RESULTS = Set.of("no", "without", "negative",
      "positive", "absent", "not");
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
  private static final Set<String> POLARITY = Set.of("positive", "negative");

  private final ClauseWords w;
  private final ExamTokens t;
  /** The exam heading the passage stands under, or null. */
  private final Piece label;
  private final boolean everyItem;
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

  ConjunctCombiner(ClauseWords w, Piece label, boolean everyItem, List<Conj> cs) {
    this.w = w;
    this.t = w.t;
    this.label = label;
    this.everyItem = everyItem;
    this.cs = cs;
  }

  List<Draft> run() {
    for (int i = 0; i < cs.size(); i++) {
      Conj c = cs.get(i);
      // "A, B or C, D": a list ends at its "and"/"or" member, so D starts a new one.
      boolean newRun = c.sep() == Sep.WITH || c.sep() == Sep.WITHOUT || c.sep() == Sep.NONE
          || (closed && (c.sep() == Sep.COMMA || c.sep() == Sep.LIST_END)
              && !(frame != null && frame.prep >= 0 && (c.kind() == Kind.SITE || c.kind() == Kind.MOD)));
      int own = w.prefixEnd(c);
      boolean opensShared = own > c.from() && t.tok(c.from()).isAny(SHARED_RESULTS);
      closed = ClauseWords.listed(c.sep()) && c.sep() != Sep.COMMA && !opensShared;
      if (c.sep() == Sep.WITH && frame != null && frame.draft.hasResult && measureOnly(c)
          && c.from() > 0 && t.tok(c.from() - 1).is("with")) {
        // "full range of motion with flexion, extension and rotation"
        endRun();
        Template with = w.new Template();
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
      if (own > c.from() && newRun && i + 1 < cs.size() && ClauseWords.listed(cs.get(i + 1).sep())) {
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
          } else if (frame != null && frame.prep >= 0 && (c.kind() == Kind.SITE || w.hasWords(c))) {
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
    boolean onlyResults = pending.stream().allMatch(p -> w.prefixEnd(p) == p.to());
    if (onlyResults && label != null && !pending.isEmpty() && pending.get(0).sep() == Sep.NONE) {
      // "Abdomen: soft, regular bowel sounds": "soft" is said of the abdomen
      flushPending();
    }
    if (!pending.isEmpty() && (ClauseWords.listed(c.sep()) && c.sep() != Sep.COMMA || onlyResults)
        && (own == c.from() || onlyResults)) {
      d = resolvePending(c, own);
    } else {
      flushPending();
      d = w.draft(c.from(), c.to());
    }
    if (own == c.from() && !d.hasResult && !(c.sep() == Sep.NONE || c.sep() == Sep.WITH)) {
      if (shared != null && !(c.sep() == Sep.COMMA && w.template(c, d).prep >= 0)) {
        d.result(shared);
      } else if (sharedResult != null && measureOnly(c)) {
        d.result(sharedResult);
      }
    }
    if (t.tok(c.from()).is("without") && c.from() + 1 < c.to()) {
      d = w.draft(c.from() + 1, c.to());
      // a record's exam line is read as "no ..."; a narrative keeps its own word
      d.result(label != null ? Piece.literal("no") : Piece.of(t, c.from(), c.from() + 1));
    }
    Template tp = w.template(c, d);
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
      if (w.prefixEnd(p) == p.to()) {
        evals.add(Piece.of(t, p.from(), p.to()));
        continue;
      }
      int results = w.resultEnd(p);
      if (firstResult == null && results > p.from() && !t.tok(p.from()).isAny(SHARED_RESULTS)) {
        firstResult = Piece.of(t, p.from(), results);
      }
      if (!w.modifier(p) || !w.hasModifiers(c)) {
        // "no skin breakdown or hyperhidrosis": a finding of its own, not a modifier
        out.add(w.draft(p.from(), p.to()));
        continue;
      }
      Draft m = w.completeModifier(p, c, evals);
      if (w.prefixEnd(p) == p.from() && shared != null) {
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
    d.add(w.draft(c.from(), c.to()));
    return d;
  }

  private void predicate(Conj c, int i) {
    Template own = frame == null ? w.template(c, w.draft(c.from(), c.to())) : null;
    boolean beforeFinding = i + 1 < cs.size() && cs.get(i + 1).kind() == Kind.FINDING
        && ClauseWords.listed(cs.get(i + 1).sep()) && cs.get(i + 1).sep() != Sep.COMMA;
    if (own != null && own.prep >= 0) {
      frame = own;
      group.clear();
      group.add(own);
      out.add(own.draft);
    } else if (frame != null && w.prefixEnd(c) < c.to() && !beforeFinding
        && !t.tok(c.from()).isAny(NEGATIVES)
        && (t.isNumber(c.from()) || t.cls[c.from()] == WordClass.EVALUATOR
            || t.tok(c.from()).isAny(POLARITY))) {
      // "strength 5/5 in the arms, 4/5 in the legs"
      Draft d = new Draft();
      d.add(frame.core);
      d.add(w.draft(c.from(), c.to()));
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
            && !w.hasSiteOrSide(pending.get(i + 1))) {
          end = pending.get(++i).to();
        }
        Draft d = w.draft(p.from(), end);
        if (frame != null && w.prefixEnd(p) == end && label == null) {
          // a result alone after a finding belongs to it: "limited, painful"
          frame.draft.add(Piece.of(t, p.from(), end), t, p.from(), end);
          continue;
        }
        if (shared != null && w.prefixEnd(p) == p.from()) {
          d.result(shared);
        }
        out.add(d);
      } else if (sharedResult != null || shared != null) {
        // "no evidence of motor atrophy or muscle loss", "normal pinnae, canals, TMs"
        Draft d = w.draft(p.from(), p.to());
        d.result(shared != null ? shared : sharedResult);
        d.informative = true;
        out.add(d);
      } else if (everyItem) {
        out.add(w.draft(p.from(), p.to()));
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
    boolean test = ClauseWords.GENERIC_TESTS.contains(t.word(n));
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
          ? t.cls[w] == WordClass.TEST && !ClauseWords.GENERIC_TESTS.contains(t.word(w))
          : d.listMember && (t.isSiteAdjective(w)
              || (t.cls[w] == null && !t.site[w] && !t.isNumber(w) && !t.isSide(w)));
      if (!ok) {
        break;
      }
      d.pieces.add(nounPiece);
      boundary = d.siteFrom >= 0 ? d.siteFrom : d.firstWord;
    }
  }
}
