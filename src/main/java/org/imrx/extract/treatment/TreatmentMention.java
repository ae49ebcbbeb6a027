package org.imrx.extract.treatment;

import java.util.Set;
import org.imrx.extract.medication.Dose;
import org.imrx.text.Span;

/**
 * A treatment named in text, before its context is read: the item's span ("Norco 10/325mg",
 * "6 chiropractic treatments", "left total knee arthroplasty"), the span of the name itself
 * ({@code head}), its kind and concept (one item per concept and document), and for a drug its
 * generic name, DWC class and dose. {@code genericClasses} is set on generic medication words
 * ("medications", "muscle relaxants"): the drug classes they stand for, empty for any drug.
 * {@code label} is the item's text where it is not the span's ("activity modifications" read from
 * "activity and work modifications"), else null. {@code needsCue}: an ambiguous word ("heat") that
 * counts only where a context word qualifies it. Immutable.
 */
public record TreatmentMention(
    Span span,
    Span head,
    String kind,
    String concept,
    String drug,
    String drugClass,
    Dose dose,
    Set<String> genericClasses,
    String label,
    boolean needsCue) {

  public TreatmentMention(Span span, Span head, String kind, String concept, String drug,
      String drugClass, Dose dose, Set<String> genericClasses) {
    this(span, head, kind, concept, drug, drugClass, dose, genericClasses, null, false);
  }

  public boolean isDrug() {
    return drug != null;
  }

  public boolean isGeneric() {
    return genericClasses != null;
  }

  public TreatmentMention withSpan(Span s) {
    return new TreatmentMention(s, head, kind, concept, drug, drugClass, dose, genericClasses,
        label, needsCue);
  }
}
