package org.imrx.extract.treatment;

import java.util.List;
import org.imrx.model.Treatment;

/** What a document says was given to date ({@code treatments}) and what it plans or requests. Immutable. */
public record TreatmentLists(List<Treatment> treatments, List<Treatment> requests) {
  public TreatmentLists {
    treatments = List.copyOf(treatments);
    requests = List.copyOf(requests);
  }
}
