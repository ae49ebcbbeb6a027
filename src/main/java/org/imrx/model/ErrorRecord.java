package org.imrx.model;

/**
 * What a batch writes for a document it could not read: the source as far as known and why.
 * The message names the file and the reason, never document content.
 */
public record ErrorRecord(Source source, Error error) {

  /** The reason: a stable type ({@code empty}, {@code encrypted}, {@code corrupt} ...) and a message. */
  public record Error(String type, String message) {}
}
