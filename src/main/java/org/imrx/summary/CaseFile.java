package org.imrx.summary;

import java.util.ArrayList;
import java.util.List;
import org.imrx.model.Case;

/**
 * The documents of one case, as read, and the documents that could not be read (each a warning
 * naming the file and the reason). Immutable.
 */
public record CaseFile(List<CaseDocument> documents, List<DraftWarning> failures) {
  public CaseFile {
    documents = List.copyOf(documents);
    failures = List.copyOf(failures);
  }

  /** A case file of cases (each with its content), numbered {@code d1}, {@code d2} ... in order. */
  public static CaseFile of(List<Case> cases) {
    List<CaseDocument> docs = new ArrayList<>();
    for (Case c : cases) {
      docs.add(new CaseDocument("d" + (docs.size() + 1), c));
    }
    return new CaseFile(docs, List.of());
  }

  public static CaseFile of(Case... cases) {
    return of(List.of(cases));
  }

  /** The document with that id. */
  public CaseDocument document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no document " + id));
  }
}
