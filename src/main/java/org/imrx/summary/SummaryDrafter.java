package org.imrx.summary;

/**
 * Drafts the clinical case summary of a case file. Implementations are stateless and
 * thread-safe; every fact they state carries evidence from the case file.
 */
public interface SummaryDrafter {
  Draft draft(CaseFile file);
}
