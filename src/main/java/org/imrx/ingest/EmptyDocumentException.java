package org.imrx.ingest;

import org.imrx.InputException;

/** The document has no bytes or no text. */
public class EmptyDocumentException extends InputException {
  public EmptyDocumentException(String message) {
    super("empty", message);
  }

  public EmptyDocumentException(String message, Throwable cause) {
    super("empty", message, cause);
  }
}
