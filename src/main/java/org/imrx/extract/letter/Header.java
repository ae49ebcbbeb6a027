package org.imrx.extract.letter;

import org.imrx.extract.Located;

/** What a determination's header states; each field null where not stated. Immutable. */
public record Header(
    Located<String> caseNumber,
    Located<String> assigned,
    Located<String> injury,
    Located<String> decision,
    Located<String> urDenial,
    Located<String> applicationReceived,
    Located<String> priority) {}
