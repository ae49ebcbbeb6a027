package org.imrx.ingest;

import org.imrx.InputException;

/** The document is of a type imrx does not read. */
public class UnsupportedDocumentException extends InputException {
  public UnsupportedDocumentException(String message) {
    super("unsupported", message);
  }

  public UnsupportedDocumentException(String message, Throwable cause) {
    super("unsupported", message, cause);
  }
}
