package org.imrx.serve.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.imrx.model.Case;
import org.imrx.model.ErrorRecord;
import org.imrx.model.CaseJson;
import org.imrx.serve.PrecedentSearch.Precedent;
import org.imrx.summary.CaseDocument;
import org.imrx.summary.Draft;

/**
 * The upload page: a form for the documents of one case (with progress shown by the script while
 * it uploads and reads them), and the answer: the summary draft with its evidence links, similar
 * prior cases, each document's structured case beside its highlighted text, what could not be
 * read, and the whole result as JSON to download. Stateless.
 */
public final class UploadPage {
  private final CaseView view = new CaseView();

  public String form() {
    return Pages.page("Upload a case", "Upload a case", "<h1>Upload a case</h1>\n" + formHtml());
  }

  private static String formHtml() {
    return "<form id=\"upload\" class=\"upload\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">"
        + "<div class=\"drop\" id=\"drop\"><label for=\"files\">Documents of one case: determination letters,"
        + " progress reports, UR letters, imaging reports (PDF, DOCX, DOC, RTF, ODT, HTML, TXT)</label>"
        + "<input id=\"files\" name=\"files\" type=\"file\" multiple required>"
        + "<p class=\"hint\">You can also drop the files here.</p></div>"
        + "<p><input id=\"index\" name=\"index\" type=\"checkbox\" value=\"true\">"
        + " <label for=\"index\">Also add them to the search index</label>"
        + " <span class=\"hint\">(otherwise nothing is kept once the answer is shown)</span></p>"
        + "<p><button type=\"submit\">Read the documents</button></p>"
        + "<div id=\"progress\" class=\"progress\" role=\"status\" aria-live=\"polite\" hidden>"
        + "<progress id=\"progress-bar\" max=\"100\"></progress> <span id=\"progress-text\"></span></div>"
        + "</form>";
  }

  /** What the server made of an upload. */
  public record Result(List<CaseDocument> documents, List<ErrorRecord> errors, Draft draft,
      List<Precedent> similar, Integer indexed) {}

  /** The JSON a user downloads: cases (without their text), errors, the draft and similar cases. */
  record Download(List<Case> cases, List<ErrorRecord> errors, Draft draft, List<Precedent> similar) {}

  public String result(Result r) {
    StringBuilder b = new StringBuilder();
    int n = r.documents().size();
    b.append("<h1>Case read from ").append(n).append(n == 1 ? " document" : " documents").append("</h1>\n");
    if (!r.errors().isEmpty()) {
      b.append("<div class=\"errors\" role=\"alert\"><h2>Could not be read</h2><ul>");
      for (ErrorRecord e : r.errors()) {
        b.append("<li>").append(Html.esc(e.error().message())).append("</li>");
      }
      b.append("</ul></div>\n");
    }
    if (r.indexed() != null) {
      b.append("<p class=\"note\" role=\"status\">Added to the search index: ").append(r.indexed())
          .append(r.indexed() == 1 ? " case." : " cases.").append("</p>\n");
    }
    String json = CaseJson.pretty(new Download(r.documents().stream().map(d -> d.value().withoutContent()).toList(),
        r.errors(), r.draft(), r.similar()));
    b.append("<p><a class=\"button\" id=\"download\" download=\"imrx-case.json\" href=\"data:application/json;base64,")
        .append(Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)))
        .append("\">Download JSON</a> <a href=\"/upload\">Upload another case</a></p>\n");
    DraftView draft = new DraftView();
    if (r.draft() != null) {
      b.append(draft.render(r.draft()));
    }
    b.append(PrecedentList.render(r.similar(), "Similar prior determinations"));
    for (CaseDocument d : r.documents()) {
      Case c = d.value();
      b.append("<section class=\"document\" aria-labelledby=\"").append(Html.esc(d.id())).append("-h\">")
          .append("<h2 id=\"").append(Html.esc(d.id())).append("-h\">").append(Html.esc(d.id())).append(": ")
          .append(Html.esc(c.source().path())).append(" <small>")
          .append(Html.esc(c.documentType() == null ? "" : c.documentType().label())).append("</small></h2>")
          .append(view.render(d.id(), c, draft.passages(d.id()), "")).append("</section>\n");
    }
    return Pages.page("Upload result", "Upload a case", b.toString());
  }
}
