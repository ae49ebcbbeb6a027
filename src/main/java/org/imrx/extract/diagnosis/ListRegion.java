package org.imrx.extract.diagnosis;

import org.imrx.text.Span;

/**
 * A stretch of text that lists diagnoses, and where it was found: after a cue ("diagnosed with",
 * "being treated for"), in a diagnosis section (IMPRESSION, ASSESSMENT, DIAGNOSES), in the past
 * medical history, or in the reason for an examination (read only when a report states no
 * diagnosis). {@code first} marks the first sentence of an entry of a diagnosis or history section, whose
 * first item is taken as a diagnosis even without a condition word; {@code hedged} a statement
 * the writer introduced as an opinion ("I suspect"). Immutable.
 */
record ListRegion(Span span, Kind kind, boolean first, boolean hedged) {
  enum Kind { CUE, DIAGNOSES, PAST_HISTORY, PROSE, REASON }

  ListRegion(Span span, Kind kind) {
    this(span, kind, false, false);
  }
}
