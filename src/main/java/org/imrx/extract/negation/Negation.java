package org.imrx.extract.negation;

import org.imrx.text.Span;

/**
 * Whether a concept is negated and, if so, the cue that negates it ("no", "negative", "denies").
 * Immutable.
 *
 * @param negated true where a negation cue's scope covers the concept
 * @param trigger the cue's span in the text, null when not negated
 */
public record Negation(boolean negated, Span trigger) {
  /** Not negated. */
  public static final Negation AFFIRMED = new Negation(false, null);

  public Negation {
    if (negated != (trigger != null)) {
      throw new IllegalArgumentException("a negation has a trigger exactly when it is negated");
    }
  }
}
