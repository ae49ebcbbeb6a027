package org.imrx.model;

/**
 * The document a case was read from: its path as the user gave it, the SHA-256 of its bytes,
 * the content type Tika detected from its bytes and its page count (null without pages).
 */
public record Source(String path, String sha256, String contentType, Integer pages) {}
