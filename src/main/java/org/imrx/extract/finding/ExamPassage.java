package org.imrx.extract.finding;

import org.imrx.text.Span;

/**
 * A stretch of text that reports examination findings, with the heading it stands under in a
 * record's exam ("Abdomen", "Neck"; null where none) and the body part the examination was of
 * ("examination of the right hip revealed ..."; null where none). Immutable.
 *
 * @param labelSpan where the label is written, so that a finding read with it can show it as
 *     evidence; null where there is no label
 * @param everyItem whether every item of the passage is a finding, also one the exam vocabulary
 *     does not know (an operative note's stated findings: "loose hardware")
 */
record ExamPassage(Span span, String label, Span labelSpan, String context, boolean everyItem) {
  ExamPassage(Span span, String label, String context) {
    this(span, label, null, context, false);
  }
}
