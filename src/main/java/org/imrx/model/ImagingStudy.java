package org.imrx.model;

/**
 * An imaging study already done. {@code modality} is one of {@code MRI}, {@code CT},
 * {@code X-ray}, {@code ultrasound}, {@code bone scan}, {@code myelogram}, {@code arthrogram},
 * {@code DEXA}, and for studies records also report, {@code mammogram}, {@code nuclear medicine},
 * {@code PET}, {@code angiogram}; null for a study named without one ("diagnostic imaging").
 * {@code date} is ISO, partial where the text is ("2016-03"); {@code result} is the finding text
 * where stated; {@code repeat} is true where the text says it repeats an earlier study. One item
 * per study: {@code evidence} is its most specific mention, from its date to its result.
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
