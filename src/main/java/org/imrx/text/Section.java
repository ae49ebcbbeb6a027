package org.imrx.text;

/**
 * A section of a document: its normalised name ({@code summary}, {@code physical-exam},
 * {@code plan} ...), the span of its heading and the span of its body. Immutable.
 */
public record Section(String name, Span heading, Span body) {

  public boolean contains(int offset) {
    return offset >= heading.start() && offset < body.end();
  }
}
