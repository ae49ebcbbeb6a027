package org.imrx.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of document a case was read from. */
public enum DocumentType {
  IMR_DETERMINATION("imr-determination"),
  UR_LETTER("ur-letter"),
  MEDICAL_RECORD("medical-record"),
  OTHER("other");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  @JsonCreator
  public static DocumentType of(String label) {
    for (DocumentType t : values()) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown document type: " + label);
  }
}
