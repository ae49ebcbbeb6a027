package org.imrx.text;

import java.util.List;

/**
 * Finds the sections of a document's text. Implementations are stateless and thread-safe.
 * Sections are returned in text order and do not overlap.
 */
public interface Sectioner {
  List<Section> sections(String text);
}
