package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModalityLexiconTest {
  private static ModalityLexicon lexicon;

  @BeforeAll
  static void load() throws Exception {
    lexicon = ModalityLexicon.load(BodyPartLexicon.load());
  }

  private static List<String> modalities(String text) {
    return lexicon.find(text, 0, text.length()).stream()
        .map(m -> m.value().modality() == null ? "imaging" : m.value().modality()).toList();
  }

  @Test
  void mapsClinicalWordsToModalities() {
    assertEquals(List.of("MRI"), modalities("a magnetic resonance imaging of the knee"));
    assertEquals(List.of("X-ray"), modalities("plain films of the ankle"));
    assertEquals(List.of("CT"), modalities("a CAT scan of the head"));
    assertEquals(List.of("ultrasound"), modalities("a sonogram of the abdomen"));
    assertEquals(List.of("arthrogram"), modalities("an MR arthrogram of the shoulder"));
    assertEquals(List.of("DEXA"), modalities("a DEXA scan"));
    assertEquals(List.of("imaging"), modalities("diagnostic imaging"));
  }

  @Test
  void longestPhraseHidesGuidanceAndTherapy() {
    assertTrue(modalities("under ultrasound guidance").isEmpty());
    assertTrue(modalities("therapeutic ultrasound and massage").isEmpty());
    assertTrue(modalities("a scout film").isEmpty());
  }

  @Test
  void capitalsOnlyTermsNeedCapitals() {
    assertTrue(modalities("Mr. Jones was seen").isEmpty());
    assertTrue(modalities("act quickly").isEmpty());
    assertEquals(List.of("CT"), modalities("CT of the chest"));
  }

  @Test
  void termsCarryTheirBodyPart() {
    var m = lexicon.find("CXR was clear", 0, 13);
    assertEquals("chest", m.get(0).value().bodyPart().name());
  }

  @Test
  void oneTypoInALongStudyWordStillNamesIt() {
    assertEquals(List.of("ultrasound"), modalities("an ultrsound of the liver"));
    assertEquals(List.of("myelogram"), modalities("a myleogram was done"));
    assertTrue(modalities("a photograph and a telegram").isEmpty());
    assertTrue(ModalityLexicon.oneEditApart("radiograhp", "radiograph"));
    assertFalse(ModalityLexicon.oneEditApart("radiographic", "radiography"));
  }

  @Test
  void lowerCaseCtBeforeAWordAndRecordNumbersAreNoStudy() {
    assertEquals(List.of("CT"), modalities("ct abdomen with contrast"));
    assertTrue(modalities("MR#: 000123").isEmpty());
  }

  @Test
  void unusualStudyNames() {
    assertEquals(List.of("X-ray"), modalities("a barium enema"));
    assertEquals(List.of("angiogram"), modalities("a cardiac catheterization"));
    assertEquals(List.of("myelogram"), modalities("a post-myelogram CT"));
    assertEquals(List.of("CT"), modalities("CT angiography of the chest"));
    assertTrue(modalities("an epidurogram and a scout radiograph").isEmpty());
  }
}
