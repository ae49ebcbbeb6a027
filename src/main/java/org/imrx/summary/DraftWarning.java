package org.imrx.summary;

/**
 * Something that went wrong with one document of the case file: a document that could not be
 * read ({@code type} is the reader's error type), or a warning its extraction left. Names the
 * document and the reason, never document text. Immutable.
 */
public record DraftWarning(String document, String type, String message) {

  /** A value of a document whose evidence is missing or outside its text, so not stated. */
  static DraftWarning noEvidence(CaseDocument doc, String path) {
    return new DraftWarning(doc.value().source().path(), "no-evidence",
        path + " has no evidence inside the document's text; not stated");
  }
}
