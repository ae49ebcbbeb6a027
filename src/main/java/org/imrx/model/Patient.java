package org.imrx.model;

/** The injured worker: age in years and sex ({@code female} / {@code male}), null where not stated. */
public record Patient(Integer age, String sex) {
  public static final Patient UNKNOWN = new Patient(null, null);
}
