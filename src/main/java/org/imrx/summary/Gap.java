package org.imrx.summary;

/**
 * A standard element of a clinical case summary that the records do not document, and what the
 * reviewer should look for. {@code element} is a stable key ({@code injury-date},
 * {@code examination}, {@code imaging}, {@code request}, {@code ur-decision} ...). Immutable.
 */
public record Gap(String element, String message) {}
