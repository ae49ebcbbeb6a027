package org.imrx.model;

/**
 * Something that went partly wrong while reading a document, kept in the case instead of being
 * thrown away: a page without text, a truncated text, a section not found. Never holds
 * document text.
 */
public record Warning(String type, String message, Integer page) {
  public static Warning of(String type, String message) {
    return new Warning(type, message, null);
  }
}
