package org.imrx.ingest;

import java.util.Arrays;

/**
 * Where each page of a text begins, and which page an offset lies on. Empty for formats without
 * pages. Immutable and thread-safe.
 */
public final class PageMap {
  public static final PageMap NONE = new PageMap(new int[0]);

  private final int[] starts;

  /** @param starts offset where each page begins, ascending */
  public PageMap(int[] starts) {
    this.starts = starts == null ? new int[0] : starts.clone();
  }

  public boolean isEmpty() {
    return starts.length == 0;
  }

  /** Where each page begins (a copy). */
  public int[] starts() {
    return starts.clone();
  }

  /** The 1-based page an offset lies on, or null without pages. */
  public Integer pageAt(int offset) {
    if (starts.length == 0) {
      return null;
    }
    int i = Arrays.binarySearch(starts, offset);
    int page = i >= 0 ? i : -i - 2;
    // Several pages may start at one offset when some are empty: the last of them holds it.
    while (page + 1 < starts.length && starts[page + 1] == offset) {
      page++;
    }
    return Math.max(0, page) + 1;
  }
}
