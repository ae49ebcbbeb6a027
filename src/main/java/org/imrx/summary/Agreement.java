package org.imrx.summary;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.model.Complaint;
import org.imrx.model.Diagnosis;
import org.imrx.model.ExamFinding;
import org.imrx.model.ImagingStudy;
import org.imrx.model.Treatment;

/**
 * Whether two items that read alike may be the same fact: their attributes (body part, side,
 * spinal level, negation, modality, drug) agree where both state them, and the body parts their
 * texts name overlap where both name one ("tenderness of the cervical spine" is not "tenderness
 * of the lumbar spine"). Immutable and thread-safe.
 */
final class Agreement {
  private final BodyPartLexicon bodyParts;

  Agreement(BodyPartLexicon bodyParts) {
    this.bodyParts = bodyParts;
  }

  boolean diagnoses(Diagnosis a, Diagnosis b) {
    return same(a.bodyPart(), b.bodyPart()) && same(a.laterality(), b.laterality())
        && same(a.certainty(), b.certainty()) && texts(a.text(), b.text());
  }

  boolean treatments(Treatment a, Treatment b) {
    return same(a.kind(), b.kind()) && same(a.drug(), b.drug()) && same(a.strength(), b.strength())
        && same(a.bodyPart(), b.bodyPart()) && texts(a.text(), b.text());
  }

  boolean findings(ExamFinding a, ExamFinding b) {
    return same(a.bodyPart(), b.bodyPart()) && same(a.laterality(), b.laterality())
        && same(a.level(), b.level()) && a.negated() == b.negated() && texts(a.text(), b.text());
  }

  boolean complaints(Complaint a, Complaint b) {
    return same(a.bodyPart(), b.bodyPart()) && same(a.laterality(), b.laterality())
        && texts(a.text(), b.text());
  }

  boolean imaging(ImagingStudy a, ImagingStudy b) {
    return same(a.modality(), b.modality()) && same(a.bodyPart(), b.bodyPart())
        && same(a.laterality(), b.laterality())
        && (a.date() == null || b.date() == null || LetterDateStyle.compatible(a.date(), b.date()))
        && texts(a.text(), b.text());
  }

  boolean texts(String a, String b) {
    Set<String> pa = parts(a);
    Set<String> pb = parts(b);
    if (pa.isEmpty() || pb.isEmpty()) {
      return true;
    }
    Set<String> both = new HashSet<>(pa);
    both.retainAll(pb);
    return !both.isEmpty();
  }

  private Set<String> parts(String text) {
    Set<String> out = new HashSet<>();
    if (text == null) {
      return out;
    }
    for (PhraseMatcher.Match<BodyPart> m : bodyParts.find(text, 0, text.length())) {
      out.add(m.value().name());
    }
    return out;
  }

  private static boolean same(String a, String b) {
    return a == null || b == null
        || Objects.equals(a.toLowerCase(Locale.ROOT).strip(), b.toLowerCase(Locale.ROOT).strip());
  }
}
