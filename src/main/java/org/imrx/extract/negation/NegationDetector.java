package org.imrx.extract.negation;

import org.imrx.text.Span;

/**
 * Decides whether a concept mentioned in text is negated ("no tenderness", "Romberg negative",
 * "denies numbness"). Implementations are stateless and thread-safe.
 */
public interface NegationDetector {
  /**
   * Whether {@code target} is negated by a cue inside {@code scope} (usually the sentence or
   * clause holding it; nothing outside it is read). The target may itself begin with its cue
   * ("no tenderness").
   *
   * @throws IllegalArgumentException where the target does not lie inside the scope
   */
  Negation negation(CharSequence text, Span scope, Span target);

  /** Whether a short phrase, as a whole, states a negated concept ("no edema", "SLR negative"). */
  default Negation negation(CharSequence phrase) {
    Span all = new Span(0, phrase.length());
    return negation(phrase, all, all);
  }
}
