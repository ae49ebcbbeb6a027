package org.imrx.model;

/**
 * An imaging study already done. {@code modality} is one of {@code MRI}, {@code CT},
 * {@code X-ray}, {@code ultrasound}, {@code bone scan}, {@code myelogram}, {@code arthrogram},
 * {@code DEXA}; {@code repeat} is true where the text says it repeats an earlier study.
 */
public record ImagingStudy(
    String text,
    String modality,
    String bodyPart,
    String laterality,
    String date,
    String result,
    boolean repeat,
    Evidence evidence) {}
