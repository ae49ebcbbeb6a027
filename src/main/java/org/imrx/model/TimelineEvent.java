package org.imrx.model;

/**
 * A dated event the text states. {@code event} is its kind ({@code injury}, {@code visit},
 * {@code imaging}, {@code ur-decision}, {@code surgery}, {@code treatment}, {@code other}),
 * {@code text} the sentence stretch it was read from; partial dates stay partial.
 */
public record TimelineEvent(String date, String event, String text, Evidence evidence) {}
