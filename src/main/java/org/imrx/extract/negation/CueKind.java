package org.imrx.extract.negation;

/** What a negation cue does, after NegEx and ConText. */
public enum CueKind {
  /** Negates what follows it: "no", "without", "denies", "negative for". */
  PRE,
  /** Negates what precedes it: "negative" in "Romberg negative", "ruled out". */
  POST,
  /** Looks like a cue but negates nothing: "no change", "not only", "cannot be ruled out". */
  PSEUDO,
  /** Ends a cue's scope: "but", "however", "which". */
  TERMINATION
}
