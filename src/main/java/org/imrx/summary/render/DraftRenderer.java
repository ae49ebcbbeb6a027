package org.imrx.summary.render;

import org.imrx.summary.CaseFile;
import org.imrx.summary.Draft;

/**
 * Writes a draft in one output format. {@code file} is the case file the draft was made from (its
 * documents' text, for formats that show the evidence). Implementations are stateless and
 * thread-safe.
 */
public interface DraftRenderer {
  String render(Draft draft, CaseFile file);
}
