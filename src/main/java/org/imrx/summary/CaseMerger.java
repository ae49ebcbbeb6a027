package org.imrx.summary;

/**
 * Merges the documents of one case file into one case. Implementations are stateless and
 * thread-safe.
 */
public interface CaseMerger {
  MergedCase merge(CaseFile file);
}
