package org.imrx.serve.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrx.summary.Conflict;
import org.imrx.summary.Draft;
import org.imrx.summary.DraftFact;
import org.imrx.summary.DraftSentence;
import org.imrx.summary.FactEvidence;
import org.imrx.summary.Gap;

/**
 * A summary draft for the upload page: each fact linked to its first passage (further passages as
 * numbered links), then what is not documented and where the records disagree. The passages are
 * collected per document, to be marked in the documents' text with the ids of {@link CaseView}.
 * One instance per render (it collects); not thread-safe.
 */
final class DraftView {
  private final Map<String, List<MarkedText.Passage>> passages = new HashMap<>();

  String render(Draft draft) {
    StringBuilder b = new StringBuilder("<section class=\"draft\" aria-labelledby=\"draft-h\">")
        .append("<h2 id=\"draft-h\">Clinical case summary (draft)</h2><p class=\"summary\">");
    for (DraftSentence s : draft.sentences()) {
      sentence(b, s);
      b.append(' ');
    }
    b.append("</p>");
    if (!draft.gaps().isEmpty()) {
      b.append("<h3>Not documented: look for</h3><ul class=\"gaps\">");
      for (Gap g : draft.gaps()) {
        b.append("<li>").append(Html.esc(g.message())).append("</li>");
      }
      b.append("</ul>");
    }
    if (!draft.conflicts().isEmpty()) {
      b.append("<h3>The records disagree</h3><ul class=\"conflicts\">");
      for (Conflict c : draft.conflicts()) {
        b.append("<li>").append(Html.esc(c.field())).append(": ");
        for (int i = 0; i < c.values().size(); i++) {
          Conflict.Value v = c.values().get(i);
          b.append(i > 0 ? " vs " : "").append(links(v.text(), v.evidence(), c.field()));
        }
        b.append("</li>");
      }
      b.append("</ul>");
    }
    return b.append("</section>").toString();
  }

  /** The passages the draft links to, for one document. */
  List<MarkedText.Passage> passages(String doc) {
    return passages.getOrDefault(doc, List.of());
  }

  private void sentence(StringBuilder b, DraftSentence s) {
    int at = 0;
    for (DraftFact f : s.facts()) {
      if (f.offset() < at || f.offset() + f.text().length() > s.text().length()) {
        continue;
      }
      b.append(Html.esc(s.text().substring(at, f.offset()))).append(links(f.text(), f.evidence(), f.type()));
      at = f.offset() + f.text().length();
    }
    b.append(Html.esc(s.text().substring(at)));
  }

  private String links(String text, List<FactEvidence> evidence, String type) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < evidence.size(); i++) {
      FactEvidence e = evidence.get(i);
      String id = CaseView.passageId(e.document(), e.start(), e.end());
      passages.computeIfAbsent(e.document(), k -> new ArrayList<>())
          .add(new MarkedText.Passage(id, e.start(), e.end(), "summary: " + type));
      String title = "Source: " + e.document() + " " + e.path() + (e.page() == null ? "" : ", page " + e.page());
      if (i == 0) {
        b.append("<a class=\"fact\" href=\"#").append(Html.esc(id)).append("\" title=\"").append(Html.esc(title))
            .append("\">").append(Html.esc(text)).append("</a>");
      } else {
        b.append("<sup><a class=\"more\" href=\"#").append(Html.esc(id)).append("\" title=\"").append(Html.esc(title))
            .append("\" aria-label=\"").append(Html.esc("another source of " + type + ": " + e.document()))
            .append("\">").append(i + 1).append("</a></sup>");
      }
    }
    return b.toString();
  }
}
