package org.imrx.lexicon;

/** A canonical body part ("lumbar spine") and its DICOM Body Part Examined code, if any. */
public record BodyPart(String name, String dicom) {}
