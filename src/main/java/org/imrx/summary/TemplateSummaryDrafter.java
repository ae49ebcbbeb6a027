package org.imrx.summary;

/**
 * Drafts the clinical case summary from sentence templates in the register of the IMR letters'
 * CLINICAL CASE SUMMARY sections, filled only with facts of the merged case file: who the worker
 * is, the injury, the diagnoses, the treatment to date, the examinations newest first, prior
 * imaging, the requests and the utilization review decisions. A missing element is said to be
 * not documented and named in the gaps. Immutable and thread-safe.
 */
public final class TemplateSummaryDrafter implements SummaryDrafter {
  private final CaseMerger merger;
  private final PatientSentences patient = new PatientSentences();
  private final HistorySentences history = new HistorySentences();
  private final ExaminationSentences examinations = new ExaminationSentences();
  private final ImagingSentences imaging = new ImagingSentences();
  private final RequestSentences requests = new RequestSentences();

  public TemplateSummaryDrafter(CaseMerger merger) {
    this.merger = merger;
  }

  @Override
  public Draft draft(CaseFile file) {
    DraftWriter out = new DraftWriter(merger.merge(file));
    patient.write(out);
    history.write(out);
    examinations.write(out);
    imaging.write(out);
    requests.write(out);
    return Draft.of(out.sentences, out.gaps, out.conflicts, out.merged.documentInfo(),
        out.merged.warnings());
  }
}
