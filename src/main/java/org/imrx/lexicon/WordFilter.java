package org.imrx.lexicon;

import java.util.Collection;

/**
 * A one-hash Bloom filter over lower-case words: tells, without building a string, that a run of
 * text lower-cases to none of them. Hashes are {@link String#hashCode()} of the lower-cased word,
 * computed from the characters in place; a word with a character outside ASCII, whose lower case
 * may change its length, always passes to the exact lookup. Built once; immutable and thread-safe.
 */
final class WordFilter {
  private static final int BITS = 1 << 16;

  private final long[] bits = new long[BITS / 64];

  WordFilter(Collection<String> words) {
    for (String w : words) {
      set(w.hashCode());
    }
  }

  /** False only where {@code text[start, end)}, lower-cased, is none of the words. */
  boolean mayContain(CharSequence text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return true;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    int b = h & (BITS - 1);
    return (bits[b >>> 6] & (1L << (b & 63))) != 0;
  }

  private void set(int h) {
    int b = h & (BITS - 1);
    bits[b >>> 6] |= 1L << (b & 63);
  }
}
