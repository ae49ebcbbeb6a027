package org.imrx.model;

/** An ICD-10-CM code with its dot ({@code M47.812}) and its official description. */
public record Icd10(String code, String description) {}
