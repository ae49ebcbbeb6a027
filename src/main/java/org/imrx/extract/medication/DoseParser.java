package org.imrx.extract.medication;

/** Reads the dose that follows a drug's name. Implementations are stateless and thread-safe. */
public interface DoseParser {
  /**
   * The dose written in {@code [from, end)}, where {@code from} is the end of a drug mention and
   * {@code end} where the caller's context stops (the next drug mention, the sentence's end);
   * implementations look no further than a bounded window.
   */
  Dose parse(CharSequence text, int from, int end);
}
