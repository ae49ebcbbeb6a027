package org.imrx.ingest;

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
  private final PageMap pages;
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
    this.pages = new PageMap(pageStarts);
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
    return !pages.isEmpty();
  }

  /** Where each page begins in {@code content}, ascending (a copy; empty without pages). */
  public int[] pageStarts() {
    return pages.starts();
  }

  public PageMap pages() {
    return pages;
  }

  /** The 1-based page an offset of {@code content} lies on, or null without pages. */
  public Integer pageAt(int offset) {
    return pages.pageAt(offset);
  }

  /** Evidence for a span of {@code content}. */
  public Evidence evidence(int start, int end) {
    return new Evidence(start, end, pageAt(start));
  }

  public SourceDocument withWarnings(List<Warning> more) {
    List<Warning> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new SourceDocument(source, content, raw, offsets, pages.starts(), all);
  }
}
