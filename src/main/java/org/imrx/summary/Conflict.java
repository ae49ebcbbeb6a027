package org.imrx.summary;

import java.util.List;

/**
 * Two or more values the records give for one field ({@code injury-date}, {@code age},
 * {@code sex}), each with where it is stated. The first value is the one the draft leads with;
 * the draft states the others too. Immutable.
 */
public record Conflict(String field, List<Value> values) {
  public Conflict {
    values = List.copyOf(values);
  }

  /** One of the values: normalised, as the draft writes it, and its evidence. */
  public record Value(String value, String text, List<FactEvidence> evidence) {
    public Value {
      evidence = List.copyOf(evidence);
    }
  }
}
