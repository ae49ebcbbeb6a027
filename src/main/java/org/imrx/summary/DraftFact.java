package org.imrx.summary;

import java.util.List;

/**
 * One fact a drafted sentence states. {@code type} is one of {@link FactType}'s names;
 * {@code text} is the fact as it reads in the sentence, at {@code offset} in the sentence's
 * text; {@code value} its normalised value (an ISO date, an age, a sex, a generic drug, an
 * outcome), null where the text is the value. {@code evidence} lists every place the records
 * state it, the one the text was taken from first; it is never empty. Immutable.
 */
public record DraftFact(String type, String text, String value, int offset, List<FactEvidence> evidence) {
  public DraftFact {
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a drafted fact needs evidence: " + type);
    }
  }

  DraftFact at(int newOffset) {
    return new DraftFact(type, text, value, newOffset, evidence);
  }

  DraftFact withText(String newText) {
    return new DraftFact(type, newText, value, offset, evidence);
  }
}
