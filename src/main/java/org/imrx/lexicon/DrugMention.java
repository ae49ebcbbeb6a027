package org.imrx.lexicon;

import org.imrx.text.Span;

/**
 * A drug named in text: its span (the name with any salt or release form written after it,
 * "Oxycodone HCl ER"), the name as written, the generic name (a brand mapped to its generic, a
 * combination's agents joined by "/", lower case), the DWC drug class where one applies (else
 * null), and whether the text used a brand or product name. Immutable.
 */
public record DrugMention(Span span, String text, String generic, String drugClass, boolean brand) {}
