package org.imrx.extract.imaging;

import org.imrx.extract.dates.DateMention;
import org.imrx.lexicon.BodyPart;
import org.imrx.text.Span;

/**
 * One imaging study as a sentence names it: its words, modality (null for "imaging studies"),
 * body part and side where written, whether the text says it was done (or only requested,
 * recommended, denied), its date and result where stated, whether it repeats an earlier study,
 * and whether it is the study a report is about (its EXAM line or title). {@code span} is the
 * phrase; {@code evidence} the stretch from its date or phrase to its result; {@code partWritten}
 * whether its body part is written in the phrase (not read from its result). Immutable.
 */
public record StudyMention(
    Span span,
    String text,
    String modality,
    BodyPart bodyPart,
    String laterality,
    boolean done,
    DateMention date,
    Span result,
    boolean repeat,
    boolean reportSubject,
    Span evidence,
    boolean partWritten) {}
