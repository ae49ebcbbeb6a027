package org.imrx.serve.web;

import java.util.List;
import java.util.Locale;
import org.imrx.serve.PrecedentSearch.Item;
import org.imrx.serve.PrecedentSearch.Precedent;

/** Similar prior cases as a list: case, decision date, outcome, items and why each matched. Stateless. */
final class PrecedentList {
  private PrecedentList() {}

  static String render(List<Precedent> precedents, String heading) {
    StringBuilder b = new StringBuilder("<section class=\"similar\" aria-labelledby=\"similar-h\"><h2 id=\"similar-h\">")
        .append(Html.esc(heading)).append("</h2>");
    if (precedents.isEmpty()) {
      return b.append("<p>No similar prior determinations in the index.</p></section>").toString();
    }
    b.append("<ol class=\"precedents\">");
    for (Precedent p : precedents) {
      b.append("<li><a href=\"/case/").append(Html.esc(Html.url(p.caseId()))).append("\">")
          .append(Html.esc(p.caseNumber() == null ? p.caseId() : p.caseNumber())).append("</a>");
      if (p.outcome() != null) {
        b.append(" <span class=\"badge ").append(Html.esc(p.outcome().toLowerCase(Locale.ROOT).replace('_', '-')))
            .append("\">").append(Html.esc(CaseView.label(p.outcome()))).append("</span>");
      }
      if (p.decisionDate() != null) {
        b.append(" <span class=\"meta\">").append(Html.esc(p.decisionDate())).append("</span>");
      }
      b.append("<ul class=\"items\">");
      for (Item it : p.items()) {
        b.append("<li>").append(Html.esc(it.text()));
        if (it.decision() != null) {
          b.append(" <span class=\"badge ").append(Html.esc(it.decision().toLowerCase(Locale.ROOT))).append("\">")
              .append(Html.esc(CaseView.label(it.decision()))).append("</span>");
        }
        b.append("</li>");
      }
      b.append("</ul>");
      if (!p.reasons().isEmpty()) {
        b.append("<p class=\"why\">Shared: ").append(Html.esc(String.join("; ", p.reasons()))).append("</p>");
      }
      b.append("</li>");
    }
    return b.append("</ol></section>").toString();
  }
}
