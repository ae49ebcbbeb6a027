package org.imrx.summary;

/**
 * Something that went wrong with one document of the case file: a document that could not be
 * read ({@code type} is the reader's error type), or a warning its extraction left. Names the
 * document and the reason, never document text. Immutable.
 */
public record DraftWarning(String document, String type, String message) {}
