package org.imrx.extract.review;

import org.imrx.extract.Located;

/**
 * The utilization review decision a text states: its date and its outcome, normalised to
 * {@code non-certified}, {@code certified}, {@code modified} or {@code denied}; each null where
 * not stated.
 */
public record ReviewFacts(Located<String> date, Located<String> outcome) {
  public static final ReviewFacts NONE = new ReviewFacts(null, null);

  public boolean found() {
    return outcome != null;
  }
}
