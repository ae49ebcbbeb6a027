package org.imrx.summary;

import java.util.List;
import org.imrx.model.Diagnosis;
import org.imrx.model.ImagingStudy;
import org.imrx.model.Treatment;

/**
 * The facts of a case file merged into one case: each fact stated once with every place it is
 * stated. Scalar fields hold every distinct value found, the one to lead with first (more than
 * one is a conflict). Examinations are newest first, undated last. {@code requests} are those no
 * utilization review decision covers. Immutable.
 */
public record MergedCase(
    List<CaseDocument> documents,
    List<DraftDocument> documentInfo,
    List<Attested<Integer>> ages,
    List<Attested<String>> sexes,
    List<Attested<String>> injuryDates,
    List<Attested<String>> mechanisms,
    List<Attested<Diagnosis>> diagnoses,
    List<Attested<Treatment>> treatments,
    List<Examination> examinations,
    List<Attested<ImagingStudy>> imaging,
    List<Attested<Treatment>> requests,
    List<UrDecision> urDecisions,
    List<DraftWarning> warnings) {

  public MergedCase {
    documents = List.copyOf(documents);
    documentInfo = List.copyOf(documentInfo);
    ages = List.copyOf(ages);
    sexes = List.copyOf(sexes);
    injuryDates = List.copyOf(injuryDates);
    mechanisms = List.copyOf(mechanisms);
    diagnoses = List.copyOf(diagnoses);
    treatments = List.copyOf(treatments);
    examinations = List.copyOf(examinations);
    imaging = List.copyOf(imaging);
    requests = List.copyOf(requests);
    urDecisions = List.copyOf(urDecisions);
    warnings = List.copyOf(warnings);
  }
}
