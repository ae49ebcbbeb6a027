package org.imrx.text;

import java.util.List;

/**
 * Splits a stretch of text into sentences. Implementations are thread-safe. Sentence spans lie
 * inside {@code [start, end)}, are in order, do not overlap and are trimmed of whitespace.
 */
public interface SentenceSplitter {
  List<Span> sentences(String text, int start, int end);

  default List<Span> sentences(String text) {
    return sentences(text, 0, text.length());
  }
}
