package org.imrx.extract.letter;

import org.imrx.model.DisputedItem;
import org.imrx.text.Span;

/** A disputed item with the spans of its decision word and its rationale. Immutable. */
public record ExtractedItem(DisputedItem item, Span decision, Span rationale) {}
