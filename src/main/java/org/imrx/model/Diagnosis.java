package org.imrx.model;

/**
 * A diagnosis the worker is treated for. {@code certainty} is {@code confirmed}, {@code possible},
 * {@code rule-out} or {@code history-of}; {@code laterality} {@code left}, {@code right} or
 * {@code bilateral}; each null where the text does not say.
 */
public record Diagnosis(
    String text, Icd10 icd10, String bodyPart, String laterality, String certainty, Evidence evidence) {}
