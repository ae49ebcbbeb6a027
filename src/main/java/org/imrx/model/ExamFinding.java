package org.imrx.model;

/** An objective finding of examination; {@code negated} where the examiner recorded its absence. */
public record ExamFinding(
    String text, String bodyPart, String laterality, String level, boolean negated, Evidence evidence) {}
