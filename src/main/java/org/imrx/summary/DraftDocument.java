package org.imrx.summary;

/**
 * A document the draft was made from: its id in the draft ({@code d1}, {@code d2} ...), path,
 * SHA-256, type, case number where it has one, and the newest date it states (ISO; what orders
 * the documents newest first), null where it states none. Immutable.
 */
public record DraftDocument(String id, String path, String sha256, String documentType,
    String caseNumber, String date) {}
