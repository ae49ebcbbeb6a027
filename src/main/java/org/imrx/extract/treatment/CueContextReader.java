package org.imrx.extract.treatment;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.lexicon.TreatmentLexicon.Cue;
import org.imrx.text.Span;

/**
 * Reads whether a treatment named in a sentence was given, planned, requested or decided by
 * utilization review, from the cue words of {@code treatment-cues.tsv} around it (ConText-style:
 * each cue governs the treatments in its scope). In order: a reviewer's reasoning before it ("due
 * to", "lack of") puts it aside; a cue right before it ("no prior", "stop", "status post") or
 * right after it ("... referral") decides; then a cue after it in its clause ("Naprosyn was
 * prescribed", "... was non-certified"); then the nearest cue before it in its sentence
 * ("Treatment to date has included", "The treatment plan included"); else the default the caller
 * gives (the section's). A request's status is the utilization review outcome nearest to it in
 * the sentence ("non-certified": denied), else planned or requested. Stateless and thread-safe.
 */
public final class CueContextReader {
  /**
   * What the text says of a treatment. {@code mode}: given, request or other; {@code status} for a
   * request; {@code local}: whether a cue next to the treatment decided (a near, next or after cue),
   * not a cue earlier in the sentence or the default.
   */
  public record Reading(String mode, String status, boolean local) {
    public static final Reading OTHER = new Reading("other", null, false);

    public Reading(String mode, String status) {
      this(mode, status, false);
    }

    public boolean given() {
      return mode.equals("given");
    }

    public boolean request() {
      return mode.equals("request");
    }
  }

  private static final Set<String> REQUEST_MODES = Set.of("planned", "requested", "authorized",
      "denied", "modified");
  private static final Set<String> OUTCOMES = Set.of("authorized", "denied", "modified");
  private static final int NEAR_WORDS = 4;
  private static final Pattern CLAUSE_END = Pattern.compile(
      "[;:]|\\b(?:but|however|which|while|although|whereas|who)\\b"
          + "|\\band\\s{1,3}(?:the|he|she|they|his|her|it|then)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEXT_GAP = Pattern.compile("[\\s-]{0,3}");
  /** Modes that say a request or a utilization review stands in the sentence. */
  private static final Set<String> REVIEW_MODES = Set.of("requested", "authorized", "modified");

  /**
   * How {@code mention} is meant in {@code sentence}.
   *
   * @param cues the cue words of the sentence, left to right
   * @param others the other treatments named in the sentence (a near cue does not reach past one)
   * @param defaultMode the mode where no cue decides ("given", "planned" ...)
   */
  public Reading read(String text, Span sentence, List<PhraseMatcher.Match<List<Cue>>> allCues,
      TreatmentMention mention, List<TreatmentMention> others, String defaultMode) {
    Span m = mention.span();
    String mode = null;
    List<PhraseMatcher.Match<List<Cue>>> cues = outside(allCues, others);
    boolean review = false;
    for (PhraseMatcher.Match<List<Cue>> c : cues) {
      String word = c.span().text(text).toLowerCase(java.util.Locale.ROOT);
      for (Cue q : c.value()) {
        // "denied" alone may be the worker denying something; "non-certified" never is
        review |= REVIEW_MODES.contains(q.mode())
            || q.mode().equals("denied") && !word.equals("denied") && !word.equals("denies");
      }
    }
    // a reviewer's reasoning comes with the request it explains; elsewhere "due to" is plain prose
    for (PhraseMatcher.Match<List<Cue>> c : cues) {
      if (review && c.span().end() <= m.start() && has(c, "reason", "before")) {
        return Reading.OTHER;
      }
    }
    PhraseMatcher.Match<List<Cue>> near = null;
    for (PhraseMatcher.Match<List<Cue>> c : cues) {
      if (c.span().end() <= m.start() && cue(c, "near") != null
          && words(text, c.span().end(), m.start()) <= NEAR_WORDS
          && noneBetween(others, mention, c.span().end(), m.start())) {
        near = c;
      }
    }
    if (near != null) {
      mode = cue(near, "near").mode();
    }
    boolean local = true;
    if (mode == null) {
      for (PhraseMatcher.Match<List<Cue>> c : cues) {
        if (c.span().start() >= m.end() && cue(c, "next") != null
            && NEXT_GAP.matcher(text).region(m.end(), c.span().start()).matches()) {
          mode = cue(c, "next").mode();
          break;
        }
      }
    }
    int clauseEnd = clauseEnd(text, m.end(), sentence.end());
    if (mode == null) {
      for (PhraseMatcher.Match<List<Cue>> c : cues) {
        if (c.span().start() < m.end()) {
          continue;
        }
        // a cue may open with the word that ends the clause ("but this was not certified")
        if (c.span().start() > clauseEnd || cue(c, "before") != null && cue(c, "after") == null) {
          break;
        }
        if (cue(c, "after") != null) {
          mode = cue(c, "after").mode();
          break;
        }
      }
    }
    if (mode == null) {
      local = false;
      for (PhraseMatcher.Match<List<Cue>> c : cues) {
        Cue q = cue(c, "before");
        if (c.span().end() <= m.start() && q != null && (review || !q.mode().equals("reason"))) {
          mode = q.mode();
        }
      }
    }
    if (mode == null) {
      mode = defaultMode;
    }
    if (mode.equals("denied") && !review) {
      mode = "negated"; // "he denied any surgeries": no review decided anything here
    }
    if (mode.equals("given")) {
      return new Reading("given", null, local);
    }
    if (!REQUEST_MODES.contains(mode)) {
      return new Reading("other", null, local);
    }
    return new Reading("request", outcome(cues, m, clauseEnd, mode), local);
  }

  /** The utilization review outcome nearest before the mention, else first after it, else the mode. */
  private static String outcome(List<PhraseMatcher.Match<List<Cue>>> cues, Span m, int clauseEnd, String mode) {
    String before = null;
    for (PhraseMatcher.Match<List<Cue>> c : cues) {
      if (c.span().end() <= m.start()) {
        for (Cue q : c.value()) {
          if (OUTCOMES.contains(q.mode())) {
            before = q.mode();
          }
        }
      } else if (c.span().start() >= m.end() && c.span().start() < clauseEnd) {
        Cue q = cue(c, "after");
        if (q != null && OUTCOMES.contains(q.mode())) {
          return q.mode();
        }
      }
    }
    return before != null ? before : mode;
  }

  /** The cues that are not part of a treatment's own words ("activity modification"). */
  private static List<PhraseMatcher.Match<List<Cue>>> outside(List<PhraseMatcher.Match<List<Cue>>> cues,
      List<TreatmentMention> mentions) {
    List<PhraseMatcher.Match<List<Cue>>> out = new java.util.ArrayList<>(cues.size());
    for (PhraseMatcher.Match<List<Cue>> c : cues) {
      boolean inside = false;
      for (TreatmentMention t : mentions) {
        inside |= t.span().overlaps(c.span());
      }
      if (!inside) {
        out.add(c);
      }
    }
    return out;
  }

  private static int clauseEnd(String text, int from, int to) {
    if (from >= to) {
      return to;
    }
    Matcher m = CLAUSE_END.matcher(text).region(from, to);
    return m.find() ? m.start() : to;
  }

  private static boolean has(PhraseMatcher.Match<List<Cue>> c, String mode, String scope) {
    Cue q = cue(c, scope);
    return q != null && q.mode().equals(mode);
  }

  private static Cue cue(PhraseMatcher.Match<List<Cue>> c, String scope) {
    for (Cue q : c.value()) {
      if (q.scope().equals(scope)) {
        return q;
      }
    }
    return null;
  }

  private static boolean noneBetween(List<TreatmentMention> others, TreatmentMention self, int from, int to) {
    for (TreatmentMention o : others) {
      if (o != self && o.span().start() >= from && o.span().end() <= to) {
        return false;
      }
    }
    return true;
  }

  /** Words in {@code [from, to)}. */
  static int words(String text, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
