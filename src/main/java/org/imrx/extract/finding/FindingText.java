package org.imrx.extract.finding;

import org.imrx.text.Span;

/**
 * One finding as the splitter cut it: its words (taken from the text, joined where the finding
 * was distributed over a list: "no spasms in the trapezius muscles") and the span of text it
 * was read from. Immutable.
 */
record FindingText(String text, Span evidence) {}
