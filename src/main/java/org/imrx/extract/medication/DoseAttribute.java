package org.imrx.extract.medication;

import org.imrx.text.Span;

/**
 * One attribute of a medication order as written ({@code text}, the exact characters of
 * {@code span}) with its normal form: the number for a quantity ("#60" gives "60"), the HL7-style
 * code for a frequency ("twice daily as needed" gives "BID PRN"), the route name ("p.o." gives
 * "oral"), the form name ("tabs" gives "tablet"); for a strength the text without spaces. Immutable.
 */
public record DoseAttribute(String text, String normal, Span span) {}
