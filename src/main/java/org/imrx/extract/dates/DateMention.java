package org.imrx.extract.dates;

import org.imrx.text.Span;

/**
 * A date written in the text and its ISO form: {@code YYYY-MM-DD}, or {@code YYYY-MM} /
 * {@code YYYY} where only that much is written. Immutable.
 */
public record DateMention(Span span, String iso) {
  public boolean partial() {
    return iso.length() < 10;
  }
}
