package org.imrx.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.imrx.model.Case;
import org.imrx.model.Dates;
import org.imrx.model.DisputedItem;
import org.imrx.model.Source;

/**
 * Makes many distinct cases out of a few real ones, for scale (not quality): case number, source
 * and hash are new, the dates are shifted by one random number of days, and the items come in a
 * random order. Case {@code i} is the same on every run (its randomness is seeded by {@code i}).
 * Immutable and thread-safe.
 */
public final class CaseSynthesizer {
  private final List<Case> templates;

  /** @param templates cases without their text (the clinical text is passed beside them) */
  public CaseSynthesizer(List<Case> templates) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no cases to synthesise from");
    }
    this.templates = List.copyOf(templates);
  }

  /** Which template case {@code i} is made from. */
  public int templateOf(long i) {
    return (int) (i % templates.size());
  }

  public Case make(long i) {
    Case t = templates.get(templateOf(i));
    Random r = new Random(0x5eed_0000L + i);
    int shift = r.nextInt(3650) - 1825;
    List<DisputedItem> items = new ArrayList<>(t.disputedItems());
    Collections.shuffle(items, r);
    String number = String.format("CM%02d-%07d", 10 + (int) (i / 10_000_000L) % 90, i % 10_000_000L);
    byte[] hash = new byte[32];
    r.nextBytes(hash);
    Dates d = t.dates() == null ? Dates.NONE : t.dates();
    Dates shifted = new Dates(shift(d.assigned(), shift), shift(d.injury(), shift), shift(d.decision(), shift),
        shift(d.urDenial(), shift), shift(d.applicationReceived(), shift));
    Case c = new Case(new Source("synthetic/" + number + ".pdf", HexFormat.of().formatHex(hash),
        t.source() == null ? null : t.source().contentType(), t.source() == null ? null : t.source().pages()),
        t.documentType(), number, shifted, t.priority(), t.patient(), t.reviewer(), t.outcome(), items,
        t.diagnoses(), t.treatments(), t.requests(), t.examFindings(), t.complaints(), t.priorImaging(),
        t.mechanismOfInjury(), t.utilizationReview(), t.timeline(), new java.util.TreeMap<>(), t.warnings(), null);
    return c;
  }

  private static String shift(String iso, int days) {
    if (iso == null || iso.length() != 10) {
      return iso;
    }
    try {
      return LocalDate.parse(iso).plusDays(days).toString();
    } catch (java.time.DateTimeException e) {
      return iso;
    }
  }
}
