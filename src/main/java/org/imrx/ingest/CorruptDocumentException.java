package org.imrx.ingest;

import org.imrx.InputException;

/** The document's bytes are damaged or truncated. */
public class CorruptDocumentException extends InputException {
  public CorruptDocumentException(String message) {
    super("corrupt", message);
  }

  public CorruptDocumentException(String message, Throwable cause) {
    super("corrupt", message, cause);
  }
}
