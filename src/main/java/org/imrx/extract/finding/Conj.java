package org.imrx.extract.finding;

/**
 * A conjunct of a clause of exam text: tokens {@code [from, to)}, the separator before it and
 * what it holds. Immutable.
 */
record Conj(int from, int to, Sep sep, Kind kind) {
  /** What joins a conjunct to the one before it. */
  enum Sep { NONE, COMMA, AND, OR, LIST_END, WITH, WITHOUT }

  /** A finding (with a head word), a site, a predicate (results only) or a modifier. */
  enum Kind { FINDING, SITE, PRED, MOD }
}
