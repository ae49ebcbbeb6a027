package org.imrx.model;

/** What the worker reports: pain, numbness, radiation, with the body part where stated. */
public record Complaint(String text, String bodyPart, String laterality, Evidence evidence) {}
