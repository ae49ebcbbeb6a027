package org.imrx.extract.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of one stretch of text with their offsets, lower-cased. Immutable. */
final class Tokens {
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?");

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] lower;

  Tokens(String text, int start, int end) {
    this.text = text;
    List<int[]> found = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(start, end);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    starts = new int[found.size()];
    ends = new int[found.size()];
    lower = new String[found.size()];
    for (int i = 0; i < found.size(); i++) {
      starts[i] = found.get(i)[0];
      ends[i] = found.get(i)[1];
      lower[i] = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
    }
  }

  int size() {
    return starts.length;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  String lower(int i) {
    return i >= 0 && i < lower.length ? lower[i] : "";
  }

  String surface(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** The characters between token {@code i} and token {@code i + 1}. */
  String gapAfter(int i) {
    return text.substring(ends[i], starts[i + 1]);
  }

  /** The first token starting at or after an offset, or {@link #size()}. */
  int indexAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The last token ending at or before an offset, or -1. */
  int indexEndingBy(int offset) {
    int i = indexAtOrAfter(offset) - 1;
    while (i >= 0 && ends[i] > offset) {
      i--;
    }
    return i;
  }
}
