package org.imrx.lexicon;

import java.util.Arrays;
import java.util.Collection;

/**
 * A necessary test for a symmetric-deletion lookup: whether a word, or any of its one-letter
 * deletions after the first letter, can be one of a set of keys. It compares 64-bit polynomial
 * hashes computed from prefix and suffix hashes, so a word of n letters costs O(n) arithmetic and
 * no strings; a false positive (a hash collision) only costs the exact lookup it guards. Built
 * once; immutable and thread-safe.
 */
final class DeletionFilter {
  private static final long BASE = 0x9E3779B97F4A7C15L;
  private static final int MAX_LENGTH = 64;
  private static final long[] POWERS = new long[MAX_LENGTH + 1];

  static {
    POWERS[0] = 1;
    for (int i = 1; i <= MAX_LENGTH; i++) {
      POWERS[i] = POWERS[i - 1] * BASE;
    }
  }

  private final long[] hashes;

  DeletionFilter(Collection<String> keys) {
    hashes = keys.stream().mapToLong(DeletionFilter::hash).sorted().distinct().toArray();
  }

  /** False only where neither {@code word} nor any deletion of one of its letters after the first is a key. */
  boolean mayMatch(String word) {
    int n = word.length();
    if (n > MAX_LENGTH) {
      return true;
    }
    if (contains(hash(word))) {
      return true;
    }
    long[] suffix = new long[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      suffix[i] = word.charAt(i) * POWERS[n - 1 - i] + suffix[i + 1];
    }
    long prefix = word.charAt(0);
    for (int i = 1; i < n; i++) {
      // The word without its letter i: the prefix [0, i) shifted over the n - 1 - i letters after it.
      if (contains(prefix * POWERS[n - 1 - i] + suffix[i + 1])) {
        return true;
      }
      prefix = prefix * BASE + word.charAt(i);
    }
    return false;
  }

  private boolean contains(long h) {
    return Arrays.binarySearch(hashes, h) >= 0;
  }

  static long hash(CharSequence s) {
    long h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = h * BASE + s.charAt(i);
    }
    return h;
  }
}
