package org.imrx.index;

import org.imrx.model.Case;
import org.imrx.model.DocumentType;
import org.imrx.text.LetterSectioner;
import org.imrx.text.Section;

/**
 * The clinical part of a case's text, as the index keeps it: a letter's CLINICAL CASE SUMMARY (not
 * its decisions and rationales, which are the items'), or a record's whole text; empty when the
 * case came without its text. Stateless and thread-safe.
 */
public final class ClinicalText {
  private static final LetterSectioner LETTERS = new LetterSectioner();

  private ClinicalText() {}

  public static String of(Case c) {
    String text = c.content();
    if (text == null) {
      return "";
    }
    if (c.documentType() == DocumentType.IMR_DETERMINATION) {
      for (Section s : LETTERS.sections(text)) {
        if (s.name().equals("summary")) {
          return s.body().text(text).strip();
        }
      }
      // A letter without its summary heading: everything before the issues, never the rationales.
      for (Section s : LETTERS.sections(text)) {
        if (s.name().equals("issues")) {
          return text.substring(0, s.heading().start()).strip();
        }
      }
    }
    return text.strip();
  }
}
