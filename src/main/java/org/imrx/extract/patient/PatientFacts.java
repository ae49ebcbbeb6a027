package org.imrx.extract.patient;

import org.imrx.extract.Located;

/** The worker's age and sex as a text states them; each null where not stated. */
public record PatientFacts(Located<Integer> age, Located<String> sex) {}
