package org.imrx.extract.finding;

/** A word range of the text, or a literal word supplied by the splitter. Immutable. */
record Piece(int start, int end, String literal) {
  static Piece of(ExamTokens t, int a, int b) {
    return new Piece(t.tok(a).start(), t.tok(b - 1).end(), null);
  }

  static Piece literal(String s) {
    return new Piece(-1, -1, s);
  }

  String render(String text) {
    return literal != null ? literal : text.substring(start, end);
  }
}
