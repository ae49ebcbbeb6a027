package org.imrx.ingest;

import org.imrx.InputException;

/** Reading the document took longer than the per-document limit. */
public class DocumentTimeoutException extends InputException {
  public DocumentTimeoutException(String message) {
    super("timeout", message);
  }

  public DocumentTimeoutException(String message, Throwable cause) {
    super("timeout", message, cause);
  }
}
