package org.imrx.summary;

/** The kinds of fact a draft states; {@link #key()} is the {@code type} of a {@link DraftFact}. */
public enum FactType {
  AGE("age"),
  SEX("sex"),
  INJURY_DATE("injury-date"),
  MECHANISM("mechanism"),
  DIAGNOSIS("diagnosis"),
  TREATMENT("treatment"),
  TREATMENT_COUNT("treatment-count"),
  TREATMENT_OUTCOME("treatment-outcome"),
  EXAM_DATE("exam-date"),
  COMPLAINT("complaint"),
  FINDING("finding"),
  IMAGING("imaging"),
  IMAGING_DATE("imaging-date"),
  IMAGING_RESULT("imaging-result"),
  REQUEST("request"),
  UR_DATE("ur-date"),
  UR_OUTCOME("ur-outcome");

  private final String key;

  FactType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static FactType of(String key) {
    for (FactType t : values()) {
      if (t.key.equals(key)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown fact type: " + key);
  }
}
