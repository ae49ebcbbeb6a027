package org.imrx.extract.category;

import java.util.Optional;
import org.imrx.text.Span;

/**
 * Assigns a requested treatment or test one row of the DWC request taxonomy (category and
 * sub-category; for drugs the sub-category is the drug class). Implementations are immutable and
 * thread-safe.
 */
public interface RequestCategorizer {
  /**
   * The category of the request written in {@code span} of {@code text}, with the words that
   * decided it, or empty when nothing in the span names a kind of request.
   */
  Optional<CategoryMatch> categorize(CharSequence text, Span span);

  /** The category of a request given as a string on its own. */
  default Optional<CategoryMatch> categorize(CharSequence text) {
    return categorize(text, new Span(0, text.length()));
  }
}
