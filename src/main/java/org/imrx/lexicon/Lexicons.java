package org.imrx.lexicon;

import java.nio.file.Path;
import org.imrx.ConfigurationException;

/**
 * Every vocabulary the extractors share, loaded once and validated on load: the DWC taxonomy and
 * the bundled curated lexicons, plus the full vocabularies (ICD-10-CM, DrugBank) where the user
 * points {@code --lexicons} at them. Immutable and thread-safe.
 */
public final class Lexicons {
  private final Taxonomy taxonomy;
  private final BodyPartLexicon bodyParts;
  private final ModalityLexicon modalities;

  private Lexicons(Taxonomy taxonomy, BodyPartLexicon bodyParts, ModalityLexicon modalities) {
    this.taxonomy = taxonomy;
    this.bodyParts = bodyParts;
    this.modalities = modalities;
  }

  /**
   * Loads the bundled lexicons, and the full vocabularies from {@code fullVocabularies} where it
   * is not null.
   */
  public static Lexicons load(Path fullVocabularies) throws ConfigurationException {
    BodyPartLexicon bodyParts = BodyPartLexicon.load();
    return new Lexicons(Taxonomy.load(), bodyParts, ModalityLexicon.load(bodyParts));
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public BodyPartLexicon bodyParts() {
    return bodyParts;
  }

  public ModalityLexicon modalities() {
    return modalities;
  }
}
