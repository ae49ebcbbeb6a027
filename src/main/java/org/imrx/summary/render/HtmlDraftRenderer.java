package org.imrx.summary.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.imrx.summary.CaseDocument;
import org.imrx.summary.CaseFile;
import org.imrx.summary.Conflict;
import org.imrx.summary.Draft;
import org.imrx.summary.DraftDocument;
import org.imrx.summary.DraftFact;
import org.imrx.summary.DraftSentence;
import org.imrx.summary.DraftWarning;
import org.imrx.summary.FactEvidence;
import org.imrx.summary.Gap;

/**
 * The draft as one self-contained HTML page: the summary with each fact linked to its source
 * passage, highlighted in the documents' text shown below it (all evidence marked; the passage
 * followed brightened), then gaps, conflicts and warnings. Every text from the documents or the
 * draft is escaped; nothing is loaded from elsewhere. Stateless and thread-safe.
 */
public final class HtmlDraftRenderer implements DraftRenderer {
  private static final String STYLE = """
      body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
      p.summary{font-size:16px} a.fact{color:#0645ad;text-decoration:underline dotted}
      a.more{font-size:11px;margin-left:1px} mark{background:#fff2a8} mark.on{background:#ffb000}
      pre{white-space:pre-wrap;background:#fafafa;border:1px solid #ddd;padding:1em;font-size:13px}
      h3 small{color:#666;font-weight:normal} li{margin:.2em 0}""";
  private static final String SCRIPT = """
      function hl(){var id=location.hash.slice(1);document.querySelectorAll('mark').forEach(function(m){
      m.classList.toggle('on',id!==''&&(' '+m.getAttribute('data-ev')+' ').indexOf(' '+id+' ')>=0);});}
      window.addEventListener('hashchange',hl);hl();""";

  private record Span(String id, int start, int end) {}

  @Override
  public String render(Draft draft, CaseFile file) {
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, List<Span>> perDoc = new LinkedHashMap<>();
    StringBuilder body = new StringBuilder();
    body.append("<h1>Clinical case summary (draft)</h1>\n<p class=\"summary\">");
    for (DraftSentence s : draft.sentences()) {
      body.append(sentence(s, ids, perDoc)).append(' ');
    }
    body.append("</p>\n");
    if (!draft.gaps().isEmpty()) {
      body.append("<h2>Not documented</h2>\n<ul>\n");
      for (Gap g : draft.gaps()) {
        body.append("<li>").append(Html.escape(g.message())).append("</li>\n");
      }
      body.append("</ul>\n");
    }
    if (!draft.conflicts().isEmpty()) {
      body.append("<h2>Conflicts</h2>\n<ul>\n");
      for (Conflict c : draft.conflicts()) {
        body.append("<li>").append(Html.escape(c.field())).append(": ");
        for (int i = 0; i < c.values().size(); i++) {
          Conflict.Value v = c.values().get(i);
          body.append(i > 0 ? " vs " : "").append(link(v.text(), v.evidence(), ids, perDoc));
        }
        body.append("</li>\n");
      }
      body.append("</ul>\n");
    }
    if (!draft.warnings().isEmpty()) {
      body.append("<h2>Warnings</h2>\n<ul>\n");
      for (DraftWarning w : draft.warnings()) {
        body.append("<li>").append(Html.escape(w.document() + ": " + w.type() + ": " + w.message()))
            .append("</li>\n");
      }
      body.append("</ul>\n");
    }
    body.append("<h2>Documents</h2>\n");
    for (CaseDocument d : file.documents()) {
      DraftDocument info = draft.documents().stream().filter(x -> x.id().equals(d.id())).findFirst()
          .orElse(null);
      body.append("<h3 id=\"").append(Html.escape(d.id())).append("\">").append(Html.escape(d.id()))
          .append(' ').append(Html.escape(d.value().source().path())).append(" <small>sha256 ")
          .append(Html.escape(d.value().source().sha256()))
          .append(info == null || info.documentType() == null ? "" : ", " + Html.escape(info.documentType()))
          .append("</small></h3>\n<pre>")
          .append(marked(d.content(), perDoc.getOrDefault(d.id(), List.of())))
          .append("</pre>\n");
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Clinical case summary (draft)</title>\n<style>" + STYLE + "</style></head>\n<body>\n"
        + body + "<script>" + SCRIPT + "</script>\n</body></html>\n";
  }

  private static String sentence(DraftSentence s, Map<String, String> ids, Map<String, List<Span>> perDoc) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (DraftFact f : s.facts()) {
      if (f.offset() < at || f.offset() + f.text().length() > s.text().length()) {
        continue;
      }
      out.append(Html.escape(s.text().substring(at, f.offset())));
      out.append(link(f.text(), f.evidence(), ids, perDoc));
      at = f.offset() + f.text().length();
    }
    out.append(Html.escape(s.text().substring(at)));
    return out.toString();
  }

  /** A fact's text linked to its first passage, with small links to the others. */
  private static String link(String text, List<FactEvidence> evidence, Map<String, String> ids,
      Map<String, List<Span>> perDoc) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < evidence.size(); i++) {
      FactEvidence e = evidence.get(i);
      String key = e.document() + ":" + e.start() + ":" + e.end();
      String id = ids.get(key);
      if (id == null) {
        id = "e" + (ids.size() + 1);
        ids.put(key, id);
        perDoc.computeIfAbsent(e.document(), k -> new ArrayList<>()).add(new Span(id, e.start(), e.end()));
      }
      String title = e.document() + " " + e.path() + (e.page() == null ? "" : ", page " + e.page());
      if (i == 0) {
        out.append("<a class=\"fact\" href=\"#").append(id).append("\" title=\"").append(Html.escape(title))
            .append("\">").append(Html.escape(text)).append("</a>");
      } else {
        out.append("<sup><a class=\"more\" href=\"#").append(id).append("\" title=\"")
            .append(Html.escape(title)).append("\">").append(i + 1).append("</a></sup>");
      }
    }
    return out.toString();
  }

  /** The text with an anchor where each passage starts and every passage marked. */
  static String marked(String text, List<Span> spans) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Span s : spans) {
      cuts.add(Math.min(s.start(), text.length()));
      cuts.add(Math.min(s.end(), text.length()));
    }
    StringBuilder out = new StringBuilder(text.length() + spans.size() * 64);
    Integer from = cuts.first();
    while (from != null && from < text.length()) {
      Integer to = cuts.higher(from);
      for (Span s : spans) {
        if (s.start() == from) {
          out.append("<span id=\"").append(s.id()).append("\"></span>");
        }
      }
      StringBuilder covering = new StringBuilder();
      for (Span s : spans) {
        if (s.start() <= from && s.end() >= to) {
          covering.append(covering.length() == 0 ? "" : " ").append(s.id());
        }
      }
      String segment = Html.escape(text.substring(from, to));
      if (covering.length() > 0) {
        out.append("<mark data-ev=\"").append(covering).append("\">").append(segment).append("</mark>");
      } else {
        out.append(segment);
      }
      from = to;
    }
    return out.toString();
  }
}
