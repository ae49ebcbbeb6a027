package org.imrx.eval;

/** A set of fields averaged together: structured, clinical, or all of them. */
public enum Scope {
  STRUCTURED,
  CLINICAL,
  ALL;

  public boolean includes(Field f) {
    return switch (this) {
      case STRUCTURED -> !f.isClinical();
      case CLINICAL -> f.isClinical();
      case ALL -> true;
    };
  }

  /** The lower-case name used in reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
