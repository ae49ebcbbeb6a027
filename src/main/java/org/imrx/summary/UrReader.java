package org.imrx.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.model.Case;
import org.imrx.model.DisputedItem;
import org.imrx.model.DocumentType;
import org.imrx.model.Evidence;
import org.imrx.model.TimelineEvent;
import org.imrx.model.Treatment;
import org.imrx.model.UtilizationReview;

/**
 * The requests of one document and the utilization review decisions it states on them. A
 * determination's disputed items are requests that utilization review non-certified (or
 * modified) on its header's "UR Denial Date"; any document's requests are its {@code requests},
 * its decision its {@code utilizationReview}, whose evidence is read at the case's evidence paths
 * {@code utilizationReview.date} and {@code utilizationReview.outcome} or, failing them, from a
 * {@code ur-decision} event of its timeline. Stateless and thread-safe.
 */
final class UrReader {
  private static final Pattern DENIAL_LABEL = Pattern.compile("(?i)UR\\s+Denial\\s+Date\\s*:?\\s*$");
  private static final Pattern TRAILING_IS = Pattern.compile("(?i)[\\s,]+is\\s*$");

  /** A decision one document states, and the requests it decided. */
  record DocDecision(String date, String outcome, FactEvidence dateEvidence,
      FactEvidence outcomeEvidence, List<Clusterer.Item<Treatment>> requests) {}

  /** What one document says about requests. */
  record DocRequests(List<DocDecision> decisions, List<Clusterer.Item<Treatment>> undecided,
      List<DraftWarning> warnings) {}

  /** A determination's header and disputed items, and any document's requests and decision. */
  DocRequests read(CaseDocument doc) {
    DocRequests stated = record(doc);
    if (doc.value().documentType() != DocumentType.IMR_DETERMINATION) {
      return stated;
    }
    DocRequests header = letter(doc);
    List<DocDecision> decisions = new ArrayList<>(header.decisions());
    decisions.addAll(stated.decisions());
    List<DraftWarning> warnings = new ArrayList<>(header.warnings());
    warnings.addAll(stated.warnings());
    return new DocRequests(decisions, stated.undecided(), warnings);
  }

  private DocRequests letter(CaseDocument doc) {
    Case c = doc.value();
    List<DraftWarning> warnings = new ArrayList<>();
    String date = c.dates().urDenial();
    Evidence dateEv = date == null ? null : c.evidenceOf("dates.urDenial");
    if (date != null && !doc.holds(dateEv)) {
      warnings.add(DraftWarning.noEvidence(doc, "dates.urDenial"));
      date = null;
      dateEv = null;
    }
    Evidence label = dateEv == null ? null : label(doc, dateEv);
    List<Clusterer.Item<Treatment>> denied = new ArrayList<>();
    List<Clusterer.Item<Treatment>> modified = new ArrayList<>();
    FactEvidence modifiedEv = null;
    for (int i = 0; i < c.disputedItems().size(); i++) {
      DisputedItem d = c.disputedItems().get(i);
      if (!doc.holds(d.evidence())) {
        warnings.add(DraftWarning.noEvidence(doc, "disputedItems[" + i + "]"));
        continue;
      }
      String text = TRAILING_IS.matcher(d.text()).replaceFirst("");
      FactEvidence ev = FactEvidence.of(doc, d.evidence());
      Treatment t = new Treatment(text, null, null, null, null, null, null, null, null, null,
          d.modifiedByUR() ? UrOutcomes.MODIFIED : "denied", d.evidence());
      if (d.modifiedByUR()) {
        modified.add(new Clusterer.Item<>(t, text, ev, null));
        if (modifiedEv == null && UrOutcomes.stated(UrOutcomes.MODIFIED, doc.content()
            .substring(d.evidence().start(), d.evidence().end()))) {
          modifiedEv = ev;
        }
      } else {
        denied.add(new Clusterer.Item<>(t, text, ev, null));
      }
    }
    FactEvidence dateFe = dateEv == null ? null : FactEvidence.of(doc, dateEv);
    List<DocDecision> decisions = new ArrayList<>();
    if (!denied.isEmpty()) {
      decisions.add(new DocDecision(date, label == null ? null : UrOutcomes.NON_CERTIFIED, dateFe,
          label == null ? null : FactEvidence.of(doc, label), denied));
    }
    if (!modified.isEmpty()) {
      decisions.add(new DocDecision(date, modifiedEv == null ? null : UrOutcomes.MODIFIED, dateFe,
          modifiedEv, modified));
    }
    if (decisions.isEmpty() && dateFe != null && label != null) {
      decisions.add(new DocDecision(date, UrOutcomes.NON_CERTIFIED, dateFe,
          FactEvidence.of(doc, label), List.of()));
    }
    return new DocRequests(decisions, List.of(), warnings);
  }

  /** The header's "UR Denial Date:" label with its date, when the label precedes the date. */
  private static Evidence label(CaseDocument doc, Evidence date) {
    String text = doc.content();
    int lineStart = text.lastIndexOf('\n', Math.max(0, date.start() - 1)) + 1;
    int from = Math.max(lineStart, date.start() - 60);
    Matcher m = DENIAL_LABEL.matcher(text).region(from, date.start());
    return m.find() ? doc.evidence(m.start(), date.end()) : null;
  }

  private DocRequests record(CaseDocument doc) {
    Case c = doc.value();
    List<DraftWarning> warnings = new ArrayList<>();
    List<Clusterer.Item<Treatment>> all = new ArrayList<>();
    for (int i = 0; i < c.requests().size(); i++) {
      Treatment t = c.requests().get(i);
      if (!doc.holds(t.evidence())) {
        warnings.add(DraftWarning.noEvidence(doc, "requests[" + i + "]"));
        continue;
      }
      all.add(new Clusterer.Item<>(t, t.text(), FactEvidence.of(doc, t.evidence()), null));
    }
    UtilizationReview ur = c.utilizationReview();
    if (ur == null || (ur.date() == null && ur.outcome() == null)) {
      return new DocRequests(List.of(), all, warnings);
    }
    FactEvidence dateEv = ur.date() == null ? null : dateEvidence(doc, ur.date());
    if (ur.date() != null && dateEv == null) {
      warnings.add(DraftWarning.noEvidence(doc, "utilizationReview.date"));
    }
    String outcome = UrOutcomes.normalise(ur.outcome());
    FactEvidence outcomeEv = outcome == null ? null : outcomeEvidence(doc, outcome, ur.date());
    if (outcome != null && outcomeEv == null) {
      warnings.add(DraftWarning.noEvidence(doc, "utilizationReview.outcome"));
      outcome = null;
    }
    if (dateEv == null && outcome == null) {
      return new DocRequests(List.of(), all, warnings);
    }
    List<Clusterer.Item<Treatment>> decided = new ArrayList<>();
    List<Clusterer.Item<Treatment>> undecided = new ArrayList<>();
    for (Clusterer.Item<Treatment> it : all) {
      String family = UrOutcomes.normalise(it.value().status());
      boolean decidedHere = family != null && !"planned".equals(family) && !"requested".equals(family)
          && (outcome == null || outcome.equals(family));
      (decidedHere ? decided : undecided).add(it);
    }
    DocDecision d = new DocDecision(dateEv == null ? null : ur.date(), outcome, dateEv, outcomeEv, decided);
    return new DocRequests(List.of(d), undecided, warnings);
  }

  private static FactEvidence dateEvidence(CaseDocument doc, String date) {
    Evidence e = doc.value().evidenceOf("utilizationReview.date");
    if (doc.holds(e)) {
      return FactEvidence.of(doc, e);
    }
    for (TimelineEvent t : doc.value().timeline()) {
      if ("ur-decision".equals(t.event()) && t.date() != null && doc.holds(t.evidence())
          && LetterDateStyle.compatible(t.date(), date)) {
        return FactEvidence.of(doc, t.evidence());
      }
    }
    return null;
  }

  private static FactEvidence outcomeEvidence(CaseDocument doc, String outcome, String date) {
    for (String path : List.of("utilizationReview.outcome", "utilizationReview")) {
      Evidence e = doc.value().evidenceOf(path);
      if (doc.holds(e)) {
        return FactEvidence.of(doc, e);
      }
    }
    for (TimelineEvent t : doc.value().timeline()) {
      if ("ur-decision".equals(t.event()) && doc.holds(t.evidence())
          && (date == null || t.date() == null || LetterDateStyle.compatible(t.date(), date))
          && UrOutcomes.stated(outcome, doc.content().substring(t.evidence().start(), t.evidence().end()))) {
        return FactEvidence.of(doc, t.evidence());
      }
    }
    return null;
  }
}
