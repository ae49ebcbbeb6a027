package org.imrx.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.imrx.model.Evidence;
import org.imrx.model.ImagingStudy;

/**
 * Prior imaging: a study with a result gets its own sentence ("MRI of the lumbar spine dated
 * 10-3-16 revealed ..."), the others one list ("Prior imaging included ..."). A study's date and
 * result are stated only where the sentence that names the study writes them. Stateless and
 * thread-safe.
 */
final class ImagingSentences {
  private static final Pattern VERB = Pattern.compile(
      "(?i)^(?:revealed|showed|shows|demonstrated|demonstrates|noted|indicated|found|was|were|is|are)\\b");
  private final EvidenceLocator locator = new EvidenceLocator();

  private record Located(Attested<ImagingStudy> study, CaseDocument doc, Evidence date, Evidence result) {}

  void write(DraftWriter out) {
    List<Attested<ImagingStudy>> all = out.merged.imaging();
    if (all.isEmpty()) {
      out.missing("imaging", "No prior imaging is documented.", "imaging",
          "No prior imaging is documented: look for radiology reports (X-ray, MRI, CT) and the studies"
              + " the progress reports cite.");
      return;
    }
    List<Located> withResult = new ArrayList<>();
    List<Located> plain = new ArrayList<>();
    for (Attested<ImagingStudy> a : all) {
      CaseDocument doc = out.document(a.evidence().get(0));
      Evidence at = DraftWriter.evidence(a.evidence().get(0));
      ImagingStudy s = a.value();
      Evidence date = s.date() == null ? null : locator.dateNear(doc, at, s.date());
      Evidence result = s.result() == null || s.result().isBlank() ? null : locator.phraseNear(doc, at, s.result());
      (result != null ? withResult : plain).add(new Located(a, doc, date, result));
    }
    for (Located l : withResult) {
      SentenceBuilder b = out.sentence("imaging");
      study(b, l);
      String result = l.study().value().result();
      b.say(VERB.matcher(result.strip()).find() ? " " : " revealed ")
          .fact(FactType.IMAGING_RESULT, result, null, List.of(FactEvidence.of(l.doc(), l.result())));
      out.add(b);
    }
    if (!plain.isEmpty()) {
      SentenceBuilder b = out.sentence("imaging").say("Prior imaging included ");
      b.list(plain, (s, l) -> study(s, l));
      out.add(b);
    }
  }

  private static void study(SentenceBuilder b, Located l) {
    ImagingStudy s = l.study().value();
    b.fact(FactType.IMAGING, s.text(), s.modality(), l.study().evidence());
    if (l.date() != null) {
      b.say(" dated ").fact(FactType.IMAGING_DATE, LetterDateStyle.format(s.date()), s.date(),
          List.of(FactEvidence.of(l.doc(), l.date())));
    }
  }
}
