package org.imrx.model;

import java.util.List;

/**
 * The expert reviewer's credentials as printed: states of licensure and certifications or
 * specialties in the letter's order, and the specialties mapped onto the DWC's board-specialty
 * names where one fits.
 */
public record Reviewer(List<String> licensure, List<String> specialties, List<String> boardSpecialties) {
  public static final Reviewer NONE = new Reviewer(List.of(), List.of(), List.of());

  public Reviewer {
    licensure = List.copyOf(licensure);
    specialties = List.copyOf(specialties);
    boardSpecialties = List.copyOf(boardSpecialties);
  }
}
