package org.imrx.model;

/**
 * The dates a case states, each ISO {@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code YYYY} where
 * only that much is stated; null where not stated.
 */
public record Dates(
    String assigned, String injury, String decision, String urDenial, String applicationReceived) {

  public static final Dates NONE = new Dates(null, null, null, null, null);
}
