package org.imrx.model;

import java.util.List;

/**
 * One cited guideline: one "Decision based on ..." sentence of a letter. {@code citation} is the
 * sentence as written without "Decision based on" and the final period; {@code chapter} the
 * guideline's chapter where the citation names one ("Low Back Complaints", "Neck and Upper
 * Back"); {@code sections} the names after "Section(s):".
 */
public record Guideline(
    GuidelineSource source, String citation, String chapter, List<String> sections, Evidence evidence) {
  public Guideline {
    sections = List.copyOf(sections);
  }

  public Guideline withEvidence(Evidence e) {
    return new Guideline(source, citation, chapter, sections, e);
  }
}
