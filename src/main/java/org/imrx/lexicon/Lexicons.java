package org.imrx.lexicon;

import java.nio.file.Path;
import org.imrx.ConfigurationException;

/**
 * Every vocabulary the extractors share, loaded once and validated on load: the DWC taxonomy and
 * the bundled curated lexicons, plus the full vocabularies (ICD-10-CM, DrugBank) where the user
 * points {@code --lexicons} at them. Immutable and thread-safe.
 *
 * @param taxonomy the DWC request categories and reviewer specialties
 * @param bodyParts body parts in clinicians' words
 * @param dosing routes, frequencies and dose forms
 * @param drugs drug names, generics and DWC drug classes (with DrugBank where given)
 * @param conditions words that name a condition (diagnosis, symptom, sign)
 * @param icd10 ICD-10-CM: the full vocabulary where given, else the bundled workers'-comp subset
 * @param icd10Synonyms the curated words-to-codes map for ICD-10-CM
 * @param modalities imaging modalities in DICOM codes and clinicians' words
 * @param examVocabulary words of examination findings: signs, tests, qualifiers
 * @param symptoms symptoms a worker reports (pain, numbness, tingling ...)
 * @param treatments non-drug treatments and the cue words that tell given from planned
 */
public record Lexicons(
    Taxonomy taxonomy,
    BodyPartLexicon bodyParts,
    DosingLexicon dosing,
    DrugLexicon drugs,
    ConditionLexicon conditions,
    Icd10Lexicon icd10,
    Icd10Synonyms icd10Synonyms,
    ModalityLexicon modalities,
    ExamVocabulary examVocabulary,
    SymptomLexicon symptoms,
    TreatmentLexicon treatments) {

  /** Where DrugBank's vocabulary lies under the {@code --lexicons} directory. */
  public static final String DRUGBANK = "drugbank/drugbank-vocabulary.csv";

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
        SymptomLexicon.load(), TreatmentLexicon.load(taxonomy));
  }
}
