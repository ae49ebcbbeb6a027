package org.imrx.extract;

import org.imrx.model.Case;
import org.imrx.model.ErrorRecord;

/** What a batch produced for one input: a case, or an error record saying why there is none. */
public sealed interface BatchResult {
  String path();

  /** A document read into a case. */
  record Extracted(String path, Case value) implements BatchResult {}

  /** A document that could not be read. */
  record Failed(String path, ErrorRecord value) implements BatchResult {}
}
