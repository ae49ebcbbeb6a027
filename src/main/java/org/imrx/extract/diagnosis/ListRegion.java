package org.imrx.extract.diagnosis;

import org.imrx.text.Span;

/**
 * A stretch of text that lists diagnoses, and where it was found: after a cue ("diagnosed with",
 * "being treated for"), in a diagnosis section (IMPRESSION, ASSESSMENT, DIAGNOSES), in the past
 * medical history, or in the reason for an examination (read only when a report states no
 * diagnosis). Immutable.
 */
record ListRegion(Span span, Kind kind) {
  enum Kind { CUE, DIAGNOSES, PAST_HISTORY, REASON }
}
