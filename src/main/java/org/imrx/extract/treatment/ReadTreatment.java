package org.imrx.extract.treatment;

import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Located;
import org.imrx.extract.medication.Dose;
import org.imrx.extract.medication.DoseAttribute;
import org.imrx.model.Sessions;
import org.imrx.model.Treatment;
import org.imrx.text.Span;

/**
 * A treatment mention read in its context: the item's span and text, the sessions and body part
 * stated with it, and for a request its status (null for a treatment given). Immutable.
 */
record ReadTreatment(TreatmentMention mention, Span item, Located<Sessions> sessions,
    String bodyPart, String status, String text) {

  Treatment treatment(AnnotatedDocument doc) {
    Dose d = mention.dose();
    return new Treatment(text, mention.kind(), mention.drug(), mention.drugClass(),
        written(d == null ? null : d.strength()), written(d == null ? null : d.route()),
        written(d == null ? null : d.frequency()), written(d == null ? null : d.quantity()),
        sessions == null ? null : sessions.value(), bodyPart, status, doc.evidence(item));
  }

  private static String written(DoseAttribute a) {
    return a == null ? null : a.text();
  }
}
