package org.imrx.extract.injury;

import org.imrx.extract.Located;

/** How the injury happened and its date, each where the text states them (else null). */
public record InjuryFacts(Located<String> mechanism, Located<String> date) {}
