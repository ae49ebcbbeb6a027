package org.imrx.extract.letter;

import java.util.List;
import org.imrx.extract.Located;

/** The reviewer's credentials as printed, in order, and the matching board specialties. */
public record Credentials(
    List<Located<String>> licensure, List<Located<String>> specialties, List<String> boardSpecialties) {
  public Credentials {
    licensure = List.copyOf(licensure);
    specialties = List.copyOf(specialties);
    boardSpecialties = List.copyOf(boardSpecialties);
  }
}
