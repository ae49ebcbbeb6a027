package org.imrx.extract;

import org.imrx.model.DocumentType;

/** Tells what kind of document a text is. Implementations are thread-safe. */
public interface DocumentClassifier {
  DocumentType classify(String text);
}
