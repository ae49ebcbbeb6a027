package org.imrx.summary;

import org.imrx.model.Evidence;

/**
 * Where a drafted fact was read: the document (its id in the draft, its path and the SHA-256 of
 * its bytes), character offsets {@code [start, end)} into that document's {@code content} and the
 * 1-based page they start on (null for formats without pages). Immutable.
 */
public record FactEvidence(String document, String path, String sha256, int start, int end, Integer page) {
  public FactEvidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public static FactEvidence of(CaseDocument doc, Evidence e) {
    return new FactEvidence(doc.id(), doc.value().source().path(), doc.value().source().sha256(),
        e.start(), e.end(), e.page());
  }
}
