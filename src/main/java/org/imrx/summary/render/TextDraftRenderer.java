package org.imrx.summary.render;

import java.util.stream.Collectors;
import org.imrx.summary.CaseFile;
import org.imrx.summary.Conflict;
import org.imrx.summary.Draft;
import org.imrx.summary.DraftDocument;
import org.imrx.summary.DraftWarning;
import org.imrx.summary.FactEvidence;
import org.imrx.summary.Gap;

/**
 * The draft for a person: the summary paragraph, then what the reviewer must look for (gaps),
 * where the records disagree (conflicts, with the document and page of each value), what went
 * wrong reading the documents and which documents it was made from. Stateless and thread-safe.
 */
public final class TextDraftRenderer implements DraftRenderer {
  private static final String NL = System.lineSeparator();

  @Override
  public String render(Draft draft, CaseFile file) {
    StringBuilder out = new StringBuilder();
    out.append(draft.text()).append(NL);
    if (!draft.gaps().isEmpty()) {
      out.append(NL).append("Gaps (not documented in these records):").append(NL);
      for (Gap g : draft.gaps()) {
        out.append("- ").append(g.message()).append(NL);
      }
    }
    if (!draft.conflicts().isEmpty()) {
      out.append(NL).append("Conflicts (the records disagree):").append(NL);
      for (Conflict c : draft.conflicts()) {
        out.append("- ").append(c.field()).append(": ").append(c.values().stream()
            .map(v -> v.text() + " (" + v.evidence().stream().map(TextDraftRenderer::where)
                .collect(Collectors.joining("; ")) + ")")
            .collect(Collectors.joining(" vs "))).append(NL);
      }
    }
    if (!draft.warnings().isEmpty()) {
      out.append(NL).append("Warnings:").append(NL);
      for (DraftWarning w : draft.warnings()) {
        out.append("- ").append(w.document()).append(": ").append(w.type()).append(": ")
            .append(w.message()).append(NL);
      }
    }
    out.append(NL).append("Documents:").append(NL);
    for (DraftDocument d : draft.documents()) {
      out.append("- ").append(d.id()).append(' ').append(d.path()).append(" (")
          .append(d.documentType()).append(d.date() == null ? "" : ", " + d.date()).append(")").append(NL);
    }
    return out.toString();
  }

  static String where(FactEvidence e) {
    return e.document() + " " + e.path() + (e.page() == null ? "" : " p. " + e.page())
        + " [" + e.start() + "-" + e.end() + "]";
  }
}
