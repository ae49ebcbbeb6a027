package org.imrx.model;

/**
 * A treatment given to date or, in a case's {@code requests}, one planned or requested.
 * {@code kind} is one of {@code medication}, {@code physical-therapy}, {@code chiropractic},
 * {@code acupuncture}, {@code injection}, {@code surgery}, {@code device}, {@code psych},
 * {@code work-status}, {@code other}. Medication attributes are as written; {@code drug} is the
 * generic name and {@code drugClass} the DWC drug class. {@code status} is set on requests only
 * ({@code planned}, {@code requested}, {@code authorized}, {@code denied}, {@code modified}).
 */
public record Treatment(
    String text,
    String kind,
    String drug,
    String drugClass,
    String strength,
    String route,
    String frequency,
    String quantity,
    Sessions sessions,
    String bodyPart,
    String status,
    Evidence evidence) {}
