package org.imrx.extract.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertaintyTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "lumbar strain|confirmed",
      "possible rotator cuff tear|possible",
      "probable herniated disc at L5-S1|possible",
      "suspected complex regional pain syndrome|possible",
      "opacities compatible with pneumonia|possible",
      "cervical strain versus radiculopathy|possible",
      "rule out carpal tunnel syndrome|rule-out",
      "r/o DVT|rule-out",
      "history of hypertension|history-of",
      "remote history of subdural hematoma|history-of",
      "h/o gastric ulcer|history-of",
      "status post right knee arthroscopy|confirmed"})
  void readsTheHedge(String text, String expected) {
    assertEquals(expected, Certainty.of(text).certainty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "history of hypertension|hypertension",
      "a history of panic attacks|panic attacks",
      "remote history of subdural hematoma|subdural hematoma",
      "rule out DVT|rule out DVT",
      "possible lumbar radiculopathy|possible lumbar radiculopathy"})
  void dropsHistoryOfButKeepsOtherHedges(String text, String kept) {
    assertEquals(kept, text.substring(Certainty.of(text).dropped()));
  }
}
