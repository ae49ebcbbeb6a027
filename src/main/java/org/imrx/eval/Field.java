package org.imrx.eval;

/**
 * The fields the evaluation scores, in the order {@code score.py} reports them, with the key it
 * uses for each. Structured fields are what a determination letter states in its structure;
 * clinical fields are the four lists read from the clinical text.
 */
public enum Field {
  CASE_NUMBER("caseNumber", Kind.SCALAR),
  DATE_ASSIGNED("dates.assigned", Kind.SCALAR),
  DATE_INJURY("dates.injury", Kind.SCALAR),
  DATE_DECISION("dates.decision", Kind.SCALAR),
  DATE_UR_DENIAL("dates.urDenial", Kind.SCALAR),
  DATE_APPLICATION_RECEIVED("dates.applicationReceived", Kind.SCALAR),
  PRIORITY("priority", Kind.SCALAR),
  PATIENT_AGE("patient.age", Kind.SCALAR),
  PATIENT_SEX("patient.sex", Kind.SCALAR),
  LICENSURE("reviewer.licensure", Kind.NAME_LIST),
  SPECIALTIES("reviewer.specialties", Kind.NAME_LIST),
  DIAGNOSES("diagnoses", Kind.CLINICAL_LIST),
  TREATMENTS("treatments", Kind.CLINICAL_LIST),
  EXAM_FINDINGS("examFindings", Kind.CLINICAL_LIST),
  PRIOR_IMAGING("priorImaging", Kind.CLINICAL_LIST),
  DISPUTED_ITEMS("disputedItems", Kind.DISPUTED_ITEMS),
  DECISION("disputedItems.decision", Kind.DISPUTED_ITEMS),
  GUIDELINE_SOURCES("disputedItems.guidelineSources", Kind.DISPUTED_ITEMS);

  /** How a field is compared. */
  public enum Kind {
    /** Exact match after normalisation. */
    SCALAR,
    /** Multiset overlap of normalised strings. */
    NAME_LIST,
    /** One-to-one soft matching of item texts. */
    CLINICAL_LIST,
    /** Items paired by soft matching, then their decisions and guideline sources. */
    DISPUTED_ITEMS
  }

  private final String key;
  private final Kind kind;

  Field(String key, Kind kind) {
    this.key = key;
    this.kind = kind;
  }

  /** The name {@code score.py} gives the field; for scalars and name lists also its JSON path. */
  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isClinical() {
    return kind == Kind.CLINICAL_LIST;
  }

  /** The field named {@code key}, or null. */
  public static Field byKey(String key) {
    for (Field f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    return null;
  }
}
