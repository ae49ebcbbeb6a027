package org.imrx.text;

/** A stretch {@code [start, end)} of a document's text, optionally labelled. Immutable. */
public record Span(int start, int end, String label) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public Span(int start, int end) {
    this(start, end, null);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public String text(CharSequence s) {
    return s.subSequence(start, end).toString();
  }

  /** This span without the whitespace at its ends. */
  public Span trim(CharSequence s) {
    int a = start;
    int b = end;
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b, label);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
