package org.imrx.extract;

import org.imrx.text.Span;

/** A value and the stretch of text it was read from. Immutable. */
public record Located<T>(T value, Span span) {
  public <U> Located<U> map(java.util.function.Function<T, U> f) {
    return new Located<>(f.apply(value), span);
  }
}
