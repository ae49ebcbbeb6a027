package org.imrx.model;

/**
 * Where a value was read: character offsets {@code [start, end)} into a case's {@code content}
 * and the 1-based page they start on ({@code null} for formats without pages).
 *
 * <p>Immutable and thread-safe.
 */
public record Evidence(int start, int end, Integer page) {
  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
