package org.imrx.serve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrx.model.Case;
import org.imrx.model.Complaint;
import org.imrx.model.Diagnosis;
import org.imrx.model.DisputedItem;
import org.imrx.model.Evidence;
import org.imrx.model.ExamFinding;
import org.imrx.model.Guideline;
import org.imrx.model.ImagingStudy;
import org.imrx.model.TimelineEvent;
import org.imrx.model.Treatment;

/**
 * A structured case beside its document text: header, worker, reviewer, disputed items with
 * decisions and guidelines, diagnoses, treatments, requests, findings, complaints, imaging and
 * timeline, each value linked to its evidence, which is highlighted in the text. Passage ids are
 * {@code DOC-START-END}, so other parts of a page (a summary draft) can link to the same passages.
 * Stateless; every render collects its own passages.
 */
public final class CaseView {

  /** The id of the passage {@code [start, end)} of document {@code doc}. */
  public static String passageId(String doc, int start, int end) {
    return doc + "-" + start + "-" + end;
  }

  /**
   * The case as two columns, structured values and text. {@code extra} are more passages to mark in
   * the text (a draft's evidence); {@code afterFacts} is HTML put below the values (similar cases).
   * The text is omitted where the case has no content.
   */
  public String render(String doc, Case c, List<MarkedText.Passage> extra, String afterFacts) {
    Render r = new Render(doc, c);
    String facts = r.facts();
    StringBuilder out = new StringBuilder("<div class=\"case-grid\">\n<section class=\"facts\" aria-label=\"Structured case\">\n")
        .append(facts).append(afterFacts).append("</section>\n");
    if (c.content() != null) {
      List<MarkedText.Passage> all = new ArrayList<>(r.passages);
      all.addAll(extra);
      out.append("<section class=\"doc\" aria-labelledby=\"").append(Html.esc(doc)).append("-text-h\">")
          .append("<h2 id=\"").append(Html.esc(doc)).append("-text-h\">Document text <small>")
          .append(Html.esc(c.source().path())).append("</small></h2>")
          .append("<pre class=\"text\" tabindex=\"0\" aria-label=\"Document text with extracted values highlighted\">")
          .append(MarkedText.html(c.content(), all)).append("</pre></section>\n");
    }
    return out.append("</div>\n").toString();
  }

  /** One render: the values as HTML, and the passages their links point to. */
  private static final class Render {
    private final String doc;
    private final Case c;
    private final List<MarkedText.Passage> passages = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    Render(String doc, Case c) {
      this.doc = doc;
      this.c = c;
    }

    String facts() {
      header();
      items();
      list("Diagnoses", c.diagnoses(), d -> join(d.text(), d.icd10() == null ? null : d.icd10().code(),
          d.laterality(), d.bodyPart(), d.certainty()), Diagnosis::evidence, "diagnosis");
      list("Treatment to date", c.treatments(), CaseView::treatment, Treatment::evidence, "treatment");
      list("Requests", c.requests(), t -> join(treatment(t), t.status()), Treatment::evidence, "request");
      list("Complaints", c.complaints(), x -> join(x.text(), x.laterality(), x.bodyPart()),
          Complaint::evidence, "complaint");
      list("Examination findings", c.examFindings(), f -> join((f.negated() ? "no " : "") + f.text(),
          f.laterality(), f.bodyPart(), f.level()), ExamFinding::evidence, "finding");
      list("Imaging", c.priorImaging(), i -> join(i.modality(), i.bodyPart(), i.date(), i.result(),
          i.repeat() ? "repeat" : null), ImagingStudy::evidence, "imaging");
      list("Timeline", c.timeline(), t -> join(t.date(), t.event(), t.text()), TimelineEvent::evidence,
          "timeline");
      return out.toString();
    }

    private void header() {
      out.append("<h2>Case</h2>\n<dl class=\"kv\">");
      row("Case number", c.caseNumber(), "caseNumber");
      row("Document", c.documentType() == null ? null : c.documentType().label(), null);
      row("Outcome", c.outcome() == null ? null : label(c.outcome().name()), null);
      row("Decision date", c.dates().decision(), "dates.decision");
      row("Date assigned", c.dates().assigned(), "dates.assigned");
      row("Date of injury", c.dates().injury(), "dates.injury");
      row("UR denial date", c.dates().urDenial(), "dates.urDenial");
      row("Application received", c.dates().applicationReceived(), "dates.applicationReceived");
      row("Priority", c.priority(), "priority");
      row("Age", c.patient().age() == null ? null : c.patient().age().toString(), "patient.age");
      row("Sex", c.patient().sex(), "patient.sex");
      row("Mechanism of injury", c.mechanismOfInjury(), "mechanismOfInjury");
      if (c.utilizationReview() != null) {
        row("Utilization review", join(c.utilizationReview().outcome(), c.utilizationReview().date()),
            "utilizationReview.date");
      }
      out.append("</dl>\n");
      if (!c.reviewer().licensure().isEmpty() || !c.reviewer().specialties().isEmpty()) {
        out.append("<h2>Reviewer</h2>\n<dl class=\"kv\">");
        indexed("Licensure", c.reviewer().licensure(), "reviewer.licensure");
        indexed("Specialty", c.reviewer().specialties(), "reviewer.specialties");
        if (!c.reviewer().boardSpecialties().isEmpty()) {
          row("Board specialty", String.join(", ", c.reviewer().boardSpecialties()), null);
        }
        out.append("</dl>\n");
      }
    }

    private void indexed(String label, List<String> values, String path) {
      for (int i = 0; i < values.size(); i++) {
        row(label, values.get(i), path + "[" + i + "]");
      }
    }

    private void row(String label, String value, String evidencePath) {
      if (value == null || value.isBlank()) {
        return;
      }
      Evidence e = evidencePath == null ? null : c.evidenceOf(evidencePath);
      out.append("<dt>").append(Html.esc(label)).append("</dt><dd>").append(link(value, e, label))
          .append("</dd>");
    }

    private void items() {
      if (c.disputedItems().isEmpty()) {
        return;
      }
      out.append("<h2>Disputed items</h2>\n<ol class=\"items\">\n");
      for (int i = 0; i < c.disputedItems().size(); i++) {
        DisputedItem it = c.disputedItems().get(i);
        out.append("<li>").append(link(it.text(), it.evidence(), "disputed item"));
        if (it.decision() != null) {
          out.append(" ").append(badge(it.decision().name(),
              c.evidenceOf("disputedItems[" + i + "].decision")));
        }
        if (it.modifiedByUR()) {
          out.append(" <span class=\"note\">(modified by UR)</span>");
        }
        if (it.category() != null) {
          out.append("<div class=\"sub\">Category: ").append(Html.esc(it.category()))
              .append(it.subcategory() == null ? "" : " / " + Html.esc(it.subcategory())).append("</div>");
        }
        guidelines("Claims administrator", it.claimsAdministratorGuidelines());
        guidelines("Reviewer", it.reviewerGuidelines());
        Evidence rationale = c.evidenceOf("disputedItems[" + i + "].rationale");
        if (it.rationale() != null) {
          out.append("<div class=\"sub\">").append(link("Rationale", rationale, "decision rationale"))
              .append("</div>");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }

    private void guidelines(String who, List<Guideline> gs) {
      if (gs.isEmpty()) {
        return;
      }
      out.append("<div class=\"sub\">").append(who).append(" guidelines:<ul>");
      for (Guideline g : gs) {
        String text = join(g.source() == null ? null : g.source().name(), g.chapter(),
            g.sections().isEmpty() ? null : String.join(", ", g.sections()));
        out.append("<li>").append(link(text.isEmpty() ? g.citation() : text, g.evidence(), "guideline"))
            .append("</li>");
      }
      out.append("</ul></div>");
    }

    private <T> void list(String title, List<T> values, java.util.function.Function<T, String> text,
        java.util.function.Function<T, Evidence> evidence, String kind) {
      if (values.isEmpty()) {
        return;
      }
      out.append("<h2>").append(Html.esc(title)).append(" <small>(").append(values.size())
          .append(")</small></h2>\n<ul class=\"values\">");
      for (T v : values) {
        out.append("<li>").append(link(text.apply(v), evidence.apply(v), kind)).append("</li>");
      }
      out.append("</ul>\n");
    }

    private String badge(String decision, Evidence e) {
      String cls = decision.toLowerCase(Locale.ROOT).replace('_', '-');
      return "<span class=\"badge " + cls + "\">" + link(label(decision), e, "decision") + "</span>";
    }

    /** The value linked to its passage, or plain where it has no evidence inside the text. */
    private String link(String value, Evidence e, String kind) {
      if (e == null || c.content() == null || e.end() > c.content().length() || e.end() <= e.start()) {
        return Html.esc(value);
      }
      String id = passageId(doc, e.start(), e.end());
      passages.add(new MarkedText.Passage(id, e.start(), e.end(), kind));
      return "<a class=\"ev\" href=\"#" + Html.esc(id) + "\" title=\"Show in the document"
          + (e.page() == null ? "" : " (page " + e.page() + ")") + "\">" + Html.esc(value) + "</a>";
    }
  }

  static String treatment(Treatment t) {
    String sessions = t.sessions() == null || t.sessions().count() == null ? null
        : t.sessions().count() + " sessions";
    return join(t.text(), t.drug() != null && !t.text().toLowerCase(Locale.ROOT).contains(t.drug().toLowerCase(Locale.ROOT))
        ? t.drug() : null, t.strength(), t.frequency(), t.quantity(), sessions, t.bodyPart());
  }

  /** A label for an enum value: {@code PARTIALLY_OVERTURNED} as "Partially overturned". */
  public static String label(String enumName) {
    String s = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String join(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        out.append(out.length() == 0 ? "" : " · ").append(p);
      }
    }
    return out.toString();
  }
}
