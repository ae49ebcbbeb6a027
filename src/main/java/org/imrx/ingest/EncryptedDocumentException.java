package org.imrx.ingest;

import org.imrx.InputException;

/** The document needs a password to be opened. */
public class EncryptedDocumentException extends InputException {
  public EncryptedDocumentException(String message) {
    super("encrypted", message);
  }

  public EncryptedDocumentException(String message, Throwable cause) {
    super("encrypted", message, cause);
  }
}
