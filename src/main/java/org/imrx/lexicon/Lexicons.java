package org.imrx.lexicon;

import java.nio.file.Path;
import org.imrx.ConfigurationException;

/**
 * Every vocabulary the extractors share, loaded once and validated on load: the DWC taxonomy and
 * the bundled curated lexicons, plus the full vocabularies (ICD-10-CM, DrugBank) where the user
 * points {@code --lexicons} at them. Immutable and thread-safe.
 */
public final class Lexicons {
  /** Where DrugBank's vocabulary lies under the {@code --lexicons} directory. */
  public static final String DRUGBANK = "drugbank/drugbank-vocabulary.csv";

  private final Taxonomy taxonomy;
  private final BodyPartLexicon bodyParts;
  private final DosingLexicon dosing;
  private final DrugLexicon drugs;
  private final TreatmentLexicon treatments;

  private Lexicons(Taxonomy taxonomy, BodyPartLexicon bodyParts, DosingLexicon dosing,
      DrugLexicon drugs, TreatmentLexicon treatments) {
    this.taxonomy = taxonomy;
    this.bodyParts = bodyParts;
    this.dosing = dosing;
    this.drugs = drugs;
    this.treatments = treatments;
  }

  /**
   * Loads the bundled lexicons, and the full vocabularies from {@code fullVocabularies} where it
   * is not null.
   */
  public static Lexicons load(Path fullVocabularies) throws ConfigurationException {
    Taxonomy taxonomy = Taxonomy.load();
    DosingLexicon dosing = DosingLexicon.load();
    DrugLexicon drugs = DrugLexicon.load(taxonomy, dosing,
        fullVocabularies == null ? null : fullVocabularies.resolve(DRUGBANK));
    return new Lexicons(taxonomy, BodyPartLexicon.load(), dosing, drugs,
        TreatmentLexicon.load(taxonomy));
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public BodyPartLexicon bodyParts() {
    return bodyParts;
  }

  /** Routes, frequencies and dose forms. */
  public DosingLexicon dosing() {
    return dosing;
  }

  /** Drug names, generics and DWC drug classes (with DrugBank where {@code --lexicons} is given). */
  public DrugLexicon drugs() {
    return drugs;
  }

  /** Treatments other than named drugs, and the words that say whether one was given. */
  public TreatmentLexicon treatments() {
    return treatments;
  }
}
