package org.imrx.ingest;

import java.nio.file.Path;
import org.imrx.InputException;

/**
 * Reads a document of any supported type into a {@link SourceDocument}. Implementations are
 * thread-safe: one reader serves every document of a batch.
 */
public interface DocumentReader {

  /** Reads a file; the path is kept as given in the document's source. */
  SourceDocument read(Path file) throws InputException;

  /** Reads a document held in memory (an upload); {@code name} stands for its path. */
  SourceDocument read(String name, byte[] bytes) throws InputException;
}
