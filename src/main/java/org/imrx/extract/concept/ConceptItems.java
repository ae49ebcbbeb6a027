package org.imrx.extract.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.diagnosis.Icd10Coder;
import org.imrx.extract.negation.Negation;
import org.imrx.extract.negation.NegationDetector;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.Laterality;
import org.imrx.lexicon.Lexicons;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.lexicon.SpinalLevel;
import org.imrx.lexicon.TreatmentLexicon;
import org.imrx.model.Diagnosis;
import org.imrx.model.Evidence;
import org.imrx.model.ExamFinding;
import org.imrx.model.ImagingStudy;
import org.imrx.model.Treatment;
import org.imrx.text.Span;

/**
 * Appends what {@link ConceptComplement} adds to each rule list, as items of that list: the
 * item's text is the stretch the name finder found, its evidence that stretch, and its
 * attributes are read from it by the helpers the rule extractors use (body part, laterality,
 * ICD-10 code, spinal level, negation, modality, treatment kind). A negated finding whose cue
 * lies just before the stretch takes the cue into its text and evidence, so the evidence states
 * what the item says; one whose cue lies further away is not added. Immutable and thread-safe.
 */
public final class ConceptItems {
  /** How far before a finding a negation cue may lie to be taken into it. */
  private static final int CUE_REACH = 40;
  private final ConceptComplement complement;
  private final Lexicons lexicons;
  private final Icd10Coder coder;
  private final NegationDetector negation;

  public ConceptItems(ConceptComplement complement, Lexicons lexicons, Icd10Coder coder,
      NegationDetector negation) {
    this.complement = complement;
    this.lexicons = lexicons;
    this.coder = coder;
    this.negation = negation;
  }

  public List<Diagnosis> diagnoses(AnnotatedDocument doc, List<Diagnosis> rules) {
    return added("diagnoses", doc, rules, Diagnosis::text, Diagnosis::evidence, s -> {
      String t = doc.text(s);
      BodyPart part = lexicons.bodyParts().first(doc.text(), s);
      return new Diagnosis(t, coder.code(t), part == null ? null : part.name(), Laterality.of(t),
          "confirmed", doc.evidence(s));
    });
  }

  public List<ExamFinding> examFindings(AnnotatedDocument doc, List<ExamFinding> rules) {
    return added("examFindings", doc, rules, ExamFinding::text, ExamFinding::evidence, s -> {
      Span scope = doc.sentences().stream().filter(x -> x.contains(s)).findFirst().orElse(s);
      Negation n = negation.negation(doc.text(), scope, s);
      Span item = s;
      if (n.negated() && !s.contains(n.trigger())) {
        if (n.trigger().end() > s.start() || s.start() - n.trigger().start() > CUE_REACH) {
          return null;
        }
        item = new Span(n.trigger().start(), s.end());
      }
      String t = doc.text(item);
      BodyPart part = lexicons.bodyParts().first(doc.text(), item);
      return new ExamFinding(t, part == null ? null : part.name(), Laterality.of(t),
          SpinalLevel.of(t), n.negated(), doc.evidence(item));
    });
  }

  public List<ImagingStudy> priorImaging(AnnotatedDocument doc, List<ImagingStudy> rules) {
    return added("priorImaging", doc, rules, ImagingStudy::text, ImagingStudy::evidence, s -> {
      String t = doc.text(s);
      List<PhraseMatcher.Match<org.imrx.lexicon.ModalityLexicon.Term>> m =
          lexicons.modalities().find(doc.text(), s.start(), s.end());
      BodyPart part = lexicons.bodyParts().first(doc.text(), s);
      return new ImagingStudy(t, m.isEmpty() ? null : m.get(0).value().modality(),
          part == null ? null : part.name(), Laterality.of(t), null, null, false, doc.evidence(s));
    });
  }

  public List<Treatment> treatments(AnnotatedDocument doc, List<Treatment> rules) {
    return added("treatments", doc, rules, Treatment::text, Treatment::evidence, s -> {
      String t = doc.text(s);
      var drugs = lexicons.drugs().find(doc.text(), s.start(), s.end());
      if (!drugs.isEmpty()) {
        return new Treatment(t, "medication", drugs.get(0).generic(), drugs.get(0).drugClass(),
            null, null, null, null, null, null, null, doc.evidence(s));
      }
      var terms = lexicons.treatments().terms(doc.text(), s.start(), s.end());
      String kind = terms.isEmpty() || TreatmentLexicon.NONE.equals(terms.get(0).value().kind())
          ? "other" : terms.get(0).value().kind();
      BodyPart part = lexicons.bodyParts().first(doc.text(), s);
      return new Treatment(t, kind, null, null, null, null, null, null, null,
          part == null ? null : part.name(), null, doc.evidence(s));
    });
  }

  private <T> List<T> added(String list, AnnotatedDocument doc, List<T> rules,
      Function<T, String> text, Function<T, Evidence> evidence, Function<Span, T> item) {
    if (!complement.has(list)) {
      return rules;
    }
    List<Span> spans = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (T r : rules) {
      texts.add(text.apply(r));
      Evidence e = evidence.apply(r);
      if (e != null) {
        spans.add(new Span(e.start(), e.end()));
      }
    }
    List<T> out = new ArrayList<>(rules);
    for (Span s : complement.additions(list, doc, spans, texts)) {
      T x = item.apply(s);
      if (x != null) {
        out.add(x);
      }
    }
    return out;
  }
}
