package org.imrx.serve.web;

import java.util.List;
import org.imrx.model.Case;
import org.imrx.serve.PrecedentSearch.Precedent;

/** The page of one indexed case: its structured values beside its highlighted text, and similar prior cases. Stateless. */
public final class CasePage {
  private final CaseView view = new CaseView();

  public String render(Case c, List<Precedent> similar) {
    String title = c.caseNumber() != null ? "Case " + c.caseNumber() : "Case " + c.source().path();
    String body = "<h1>" + Html.esc(title) + "</h1>\n"
        + "<p class=\"hint\">Each value links to the passage it was read from, highlighted in the text.</p>\n"
        + view.render("c", c, List.of(), PrecedentList.render(similar, "Similar prior cases"));
    return Pages.page(title, "", body);
  }
}
