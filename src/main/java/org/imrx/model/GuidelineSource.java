package org.imrx.model;

/** The guideline family a decision rests on. */
public enum GuidelineSource {
  /** California's Medical Treatment Utilization Schedule (its ACOEM chapters included). */
  MTUS,
  /** Official Disability Guidelines, also when cited as a Non-MTUS Citation. */
  ODG,
  /** ACOEM practice guidelines cited on their own, outside the MTUS. */
  ACOEM,
  OTHER
}
