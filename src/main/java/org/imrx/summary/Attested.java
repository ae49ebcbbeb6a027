package org.imrx.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * A value of the merged case and every place the case file states it, the place its value was
 * taken from first. {@code date} is the examination date of a finding or complaint (ISO), null
 * elsewhere or where undated. Immutable.
 */
public record Attested<T>(T value, String date, List<FactEvidence> evidence) {
  public Attested {
    evidence = List.copyOf(evidence);
  }

  public static <T> Attested<T> of(T value, FactEvidence evidence) {
    return new Attested<>(value, null, List.of(evidence));
  }

  /** The same value also stated at {@code more}. */
  public Attested<T> plus(List<FactEvidence> more) {
    List<FactEvidence> all = new ArrayList<>(evidence);
    for (FactEvidence e : more) {
      if (!all.contains(e)) {
        all.add(e);
      }
    }
    return new Attested<>(value, date, all);
  }

  /** How many documents state it. */
  public long documents() {
    return evidence.stream().map(FactEvidence::document).distinct().count();
  }
}
