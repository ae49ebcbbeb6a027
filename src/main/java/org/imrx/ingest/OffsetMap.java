package org.imrx.ingest;

import java.util.Arrays;

/**
 * Maps every character of cleaned text back to the character of raw text it came from, so that
 * evidence found in the cleaned text can be shown in the raw text. Immutable.
 */
public final class OffsetMap {
  private final int[] toRaw;
  private final int rawLength;

  OffsetMap(int[] toRaw, int rawLength) {
    this.toRaw = toRaw;
    this.rawLength = rawLength;
  }

  /** The identity map of a text of this length. */
  public static OffsetMap identity(int length) {
    int[] m = new int[length];
    Arrays.setAll(m, i -> i);
    return new OffsetMap(m, length);
  }

  /** Raw offset of a cleaned offset; an end offset maps to one past the raw character before it. */
  public int toRaw(int offset) {
    if (offset <= 0) {
      return toRaw.length == 0 ? 0 : Math.min(toRaw[0], rawLength);
    }
    if (offset >= toRaw.length) {
      return toRaw.length == 0 ? 0 : toRaw[toRaw.length - 1] + 1;
    }
    return toRaw[offset];
  }

  /** Raw end offset of a cleaned span ending at {@code end} (exclusive). */
  public int toRawEnd(int end) {
    if (end <= 0) {
      return toRaw(0);
    }
    return toRaw[Math.min(end, toRaw.length) - 1] + 1;
  }

  public int length() {
    return toRaw.length;
  }

  /** This map followed by an earlier one: cleaned → intermediate → raw. */
  OffsetMap then(OffsetMap earlier) {
    int[] m = new int[toRaw.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = earlier.toRaw[toRaw[i]];
    }
    return new OffsetMap(m, earlier.rawLength);
  }
}
