package org.imrx.ingest;

import java.util.Arrays;
import java.util.List;
import org.imrx.model.Evidence;
import org.imrx.model.Source;
import org.imrx.model.Warning;

/**
 * A document as ingestion leaves it: cleaned text ({@link #content()}), where each page begins in
 * it, the map back to the raw extracted text, and what went partly wrong. Every later stage works
 * on this and never re-reads the file. Immutable and thread-safe.
 */
public final class SourceDocument {
  private final Source source;
  private final String content;
  private final String raw;
  private final OffsetMap offsets;
  private final int[] pageStarts;
  private final List<Warning> warnings;

  /**
   * @param pageStarts offset in {@code content} where each page begins, ascending; empty for
   *     formats without pages
   */
  public SourceDocument(Source source, String content, String raw, OffsetMap offsets,
      int[] pageStarts, List<Warning> warnings) {
    this.source = source;
    this.content = content;
    this.raw = raw;
    this.offsets = offsets;
    this.pageStarts = pageStarts.clone();
    this.warnings = List.copyOf(warnings);
  }

  /** A document made from text alone (tests, text typed into the server). */
  public static SourceDocument ofText(Source source, String text) {
    return new SourceDocument(source, text, text, OffsetMap.identity(text.length()), new int[0],
        List.of());
  }

  public Source source() {
    return source;
  }

  public String content() {
    return content;
  }

  /** The text as the parser produced it, before clean-up. */
  public String raw() {
    return raw;
  }

  public OffsetMap offsets() {
    return offsets;
  }

  public List<Warning> warnings() {
    return warnings;
  }

  public boolean hasPages() {
    return pageStarts.length > 0;
  }

  /** Where each page begins in {@code content}, ascending (a copy; empty without pages). */
  public int[] pageStarts() {
    return pageStarts.clone();
  }

  /** The 1-based page an offset of {@code content} lies on, or null without pages. */
  public Integer pageAt(int offset) {
    if (pageStarts.length == 0) {
      return null;
    }
    int i = Arrays.binarySearch(pageStarts, offset);
    int page = i >= 0 ? i : -i - 2;
    // Several pages may start at one offset when some are empty: the last of them holds it.
    while (page + 1 < pageStarts.length && pageStarts[page + 1] == offset) {
      page++;
    }
    return Math.max(0, page) + 1;
  }

  /** Evidence for a span of {@code content}. */
  public Evidence evidence(int start, int end) {
    return new Evidence(start, end, pageAt(start));
  }

  public SourceDocument withWarnings(List<Warning> more) {
    List<Warning> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new SourceDocument(source, content, raw, offsets, pageStarts, all);
  }
}
