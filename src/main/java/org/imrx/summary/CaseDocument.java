package org.imrx.summary;

import java.util.Arrays;
import java.util.Objects;
import org.imrx.ingest.PageMap;
import org.imrx.model.Case;
import org.imrx.model.Evidence;

/**
 * One document of a case file as extraction left it: its id in the draft ({@code d1} ...), its
 * case, which must hold its text ({@code content}) since every fact points into it, and where
 * each page begins in that text (empty for formats without pages, or where unknown). Immutable.
 */
public record CaseDocument(String id, Case value, int[] pageStarts) {
  public CaseDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "case");
    if (value.content() == null) {
      throw new IllegalArgumentException(id + ": a case file document needs its content");
    }
    pageStarts = pageStarts == null ? new int[0] : pageStarts.clone();
  }

  public CaseDocument(String id, Case value) {
    this(id, value, new int[0]);
  }

  public String content() {
    return value.content();
  }

  @Override
  public int[] pageStarts() {
    return pageStarts.clone();
  }

  /** The 1-based page an offset lies on, or null where pages are unknown. */
  public Integer pageAt(int offset) {
    return new PageMap(pageStarts).pageAt(offset);
  }

  /** Evidence for {@code [start, end)} of the content. */
  public Evidence evidence(int start, int end) {
    return new Evidence(start, end, pageAt(start));
  }

  /** Whether an evidence lies inside the content. */
  public boolean holds(Evidence e) {
    return e != null && e.end() <= content().length();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseDocument d && d.id.equals(id) && d.value.equals(value)
        && Arrays.equals(d.pageStarts, pageStarts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, value, Arrays.hashCode(pageStarts));
  }

  @Override
  public String toString() {
    return "CaseDocument[" + id + ", " + value.source().path() + "]";
  }
}
