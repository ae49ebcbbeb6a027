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
  private final ExamVocabulary examVocabulary;
  private final SymptomLexicon symptoms;

  private Lexicons(Taxonomy taxonomy, BodyPartLexicon bodyParts, ExamVocabulary examVocabulary,
      SymptomLexicon symptoms) {
    this.taxonomy = taxonomy;
    this.bodyParts = bodyParts;
    this.examVocabulary = examVocabulary;
    this.symptoms = symptoms;
  }

  /**
   * Loads the bundled lexicons, and the full vocabularies from {@code fullVocabularies} where it
   * is not null.
   */
  public static Lexicons load(Path fullVocabularies) throws ConfigurationException {
    return new Lexicons(Taxonomy.load(), BodyPartLexicon.load(), ExamVocabulary.load(),
        SymptomLexicon.load());
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public BodyPartLexicon bodyParts() {
    return bodyParts;
  }

  public ExamVocabulary examVocabulary() {
    return examVocabulary;
  }

  public SymptomLexicon symptoms() {
    return symptoms;
  }
}
