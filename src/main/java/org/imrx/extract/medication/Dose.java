package org.imrx.extract.medication;

import org.imrx.text.Span;

/**
 * What a medication order says after the drug's name: strength ("10/325mg", "1.3%"), dose form
 * ("patch"), route ("po"), frequency ("every 6 hours as needed") and quantity ("#60"), each null
 * where not stated. Immutable.
 */
public record Dose(DoseAttribute strength, DoseAttribute form, DoseAttribute route,
    DoseAttribute frequency, DoseAttribute quantity) {
  public static final Dose NONE = new Dose(null, null, null, null, null);

  public boolean isEmpty() {
    return strength == null && form == null && route == null && frequency == null && quantity == null;
  }

  /** The stretch from the first attribute to the last, or null when there is none. */
  public Span span() {
    int s = Integer.MAX_VALUE;
    int e = -1;
    for (DoseAttribute a : new DoseAttribute[] {strength, form, route, frequency, quantity}) {
      if (a != null) {
        s = Math.min(s, a.span().start());
        e = Math.max(e, a.span().end());
      }
    }
    return e < 0 ? null : new Span(s, e);
  }
}
