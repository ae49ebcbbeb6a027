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
  private final ConditionLexicon conditions;
  private final Icd10Lexicon icd10;
  private final Icd10Synonyms icd10Synonyms;
  private final ModalityLexicon modalities;
  private final ExamVocabulary examVocabulary;
  private final SymptomLexicon symptoms;

  private Lexicons(Taxonomy taxonomy, BodyPartLexicon bodyParts, DosingLexicon dosing,
      DrugLexicon drugs, ConditionLexicon conditions, Icd10Lexicon icd10,
      Icd10Synonyms icd10Synonyms, ModalityLexicon modalities, ExamVocabulary examVocabulary,
      SymptomLexicon symptoms) {
    this.taxonomy = taxonomy;
    this.bodyParts = bodyParts;
    this.dosing = dosing;
    this.drugs = drugs;
    this.conditions = conditions;
    this.icd10 = icd10;
    this.icd10Synonyms = icd10Synonyms;
    this.modalities = modalities;
    this.examVocabulary = examVocabulary;
    this.symptoms = symptoms;
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
    BodyPartLexicon parts = BodyPartLexicon.load();
    Icd10Lexicon icd10 = Icd10Lexicon.load(fullVocabularies);
    return new Lexicons(taxonomy, parts, dosing, drugs, ConditionLexicon.load(), icd10,
        Icd10Synonyms.load(icd10, parts), ModalityLexicon.load(parts), ExamVocabulary.load(),
        SymptomLexicon.load());
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

  /** Words that name a condition (diagnosis, symptom, sign). */
  public ConditionLexicon conditions() {
    return conditions;
  }

  /** ICD-10-CM: the full vocabulary where given, else the bundled workers'-comp subset. */
  public Icd10Lexicon icd10() {
    return icd10;
  }

  /** The curated words-to-codes map for ICD-10-CM. */
  public Icd10Synonyms icd10Synonyms() {
    return icd10Synonyms;
  }

  /** Imaging modalities in DICOM codes and clinicians' words. */
  public ModalityLexicon modalities() {
    return modalities;
  }

  /** Words of examination findings: signs, tests, qualifiers. */
  public ExamVocabulary examVocabulary() {
    return examVocabulary;
  }

  /** Symptoms a worker reports (pain, numbness, tingling ...). */
  public SymptomLexicon symptoms() {
    return symptoms;
  }
}
