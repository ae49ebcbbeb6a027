package org.imrx.extract.treatment;

/**
 * Runs of ASCII letters: the words that case-insensitive patterns without Unicode case match, found
 * by a scan instead of a regular expression tried at every position. Stateless and thread-safe.
 */
final class AsciiWords {
  private AsciiWords() {}

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Where the next run starts in {@code [i, end)}, or {@code end}. */
  static int nextStart(CharSequence text, int i, int end) {
    while (i < end && !isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the run that starts at {@code i} ends, at most at {@code end}. */
  static int end(CharSequence text, int i, int end) {
    while (i < end && isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
