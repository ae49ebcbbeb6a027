package org.imrx.extract.negation;

import java.util.List;
import org.imrx.ConfigurationException;
import org.imrx.extract.negation.NegationCues.Cue;
import org.imrx.extract.negation.NegationCues.Token;
import org.imrx.text.Span;

/**
 * NegEx/ConText-style negation (Chapman et al. 2001; Harkema et al. 2009): a pre-cue ("no",
 * "without", "denies", "negative") negates the words after it, a post-cue ("negative", "ruled
 * out", "unremarkable") the words before it, each within a window of words that a termination
 * cue ("but", "however"), a sentence stop or the scope's edge cuts short. Pseudo-cues ("no
 * change", "not only", "cannot be ruled out") are matched first and negate nothing, so a double
 * negative is never read as a negation. A concept negated by two cues is negated once; cues do
 * not cancel. Immutable and thread-safe.
 */
public final class NegExNegationDetector implements NegationDetector {
  /** Words a pre-cue reaches: long enough for "no swelling, deformities, joint asymmetry or atrophy". */
  public static final int PRE_WINDOW = 10;
  /** Words a post-cue reaches back: "straight leg raise test was negative". */
  public static final int POST_WINDOW = 5;

  private final NegationCues cues;
  private final int preWindow;
  private final int postWindow;

  public NegExNegationDetector(NegationCues cues, int preWindow, int postWindow) {
    this.cues = cues;
    this.preWindow = preWindow;
    this.postWindow = postWindow;
  }

  /** The detector over the bundled cue list with the default windows. */
  public static NegExNegationDetector load() throws ConfigurationException {
    return new NegExNegationDetector(NegationCues.load(), PRE_WINDOW, POST_WINDOW);
  }

  @Override
  public Negation negation(CharSequence text, Span scope, Span target) {
    if (!scope.contains(target)) {
      throw new IllegalArgumentException("target " + target + " is not inside scope " + scope);
    }
    List<Token> tokens = NegationCues.tokens(text, scope.start(), scope.end());
    List<Cue> found = cues.find(tokens);
    boolean[] inCue = new boolean[tokens.size()];
    for (Cue c : found) {
      for (int k = c.first(); k <= c.last(); k++) {
        inCue[k] = true;
      }
    }
    // Target words that are not part of a cue: what a cue must reach.
    int first = -1;
    int last = -1;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!t.stop() && !inCue[k] && t.start() >= target.start() && t.end() <= target.end()) {
        if (first < 0) {
          first = k;
        }
        last = k;
      }
    }
    if (first < 0) {
      return Negation.AFFIRMED;
    }
    Cue pre = null;
    Cue post = null;
    for (Cue c : found) {
      if (c.is(CueKind.PRE) && c.last() < last && reaches(tokens, found, c.last(), firstAfter(first, c.last(), last), preWindow)) {
        pre = c;
      }
      if (post == null && c.is(CueKind.POST) && c.first() > first
          && reaches(tokens, found, lastBefore(first, c.first(), last), c.first(), postWindow)) {
        post = c;
      }
    }
    Cue by = pre != null ? pre : post;
    return by == null ? Negation.AFFIRMED : new Negation(true, by.span());
  }

  /** The first target word after a cue that ends at {@code cueLast}. */
  private static int firstAfter(int first, int cueLast, int last) {
    return Math.max(first, cueLast + 1) <= last ? Math.max(first, cueLast + 1) : last;
  }

  /** The last target word before a cue that starts at {@code cueFirst}. */
  private static int lastBefore(int first, int cueFirst, int last) {
    return Math.min(last, cueFirst - 1);
  }

  /**
   * Whether scope runs from token {@code from} to token {@code to} (exclusive ends): at most
   * {@code window} words between them, none a sentence stop or part of a termination cue.
   */
  private static boolean reaches(List<Token> tokens, List<Cue> found, int from, int to, int window) {
    if (to <= from) {
      return false;
    }
    if (to - from - 1 > window) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).stop()) {
        return false;
      }
    }
    for (Cue c : found) {
      if (c.is(CueKind.TERMINATION) && !c.is(CueKind.PRE) && c.first() > from && c.last() < to) {
        return false;
      }
    }
    return true;
  }
}
