package org.imrx.summary.render;

import org.imrx.model.CaseJson;
import org.imrx.summary.CaseFile;
import org.imrx.summary.Draft;

/**
 * The draft as indented JSON: its text, sentences with their facts and each fact's evidence
 * (document, path, SHA-256, offsets, page), gaps, conflicts, documents and warnings. The
 * documents' text is not repeated. Stateless and thread-safe.
 */
public final class JsonDraftRenderer implements DraftRenderer {
  @Override
  public String render(Draft draft, CaseFile file) {
    return CaseJson.pretty(draft) + System.lineSeparator();
  }
}
