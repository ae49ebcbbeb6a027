package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TreatmentLexiconTest {
  private static TreatmentLexicon lexicon;

  @BeforeAll
  static void load() throws Exception {
    lexicon = TreatmentLexicon.load(Taxonomy.load());
  }

  @Test
  void loadsQuickly() throws Exception {
    Taxonomy taxonomy = Taxonomy.load();
    long t0 = System.nanoTime();
    TreatmentLexicon l = TreatmentLexicon.load(taxonomy);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("treatment lexicon: loaded in " + ms + " ms");
    assertNotNull(l.term("physical therapy"));
    assertTrue(ms < 2000, "loading took " + ms + " ms");
  }

  @Test
  void termsHaveKindsAndConcepts() {
    assertEquals("physical-therapy", lexicon.term("PT").kind());
    assertEquals("physical therapy", lexicon.term("physiotherapy").concept());
    assertEquals("chiropractic", lexicon.term("chirotherapy").kind());
    assertEquals("work-status", lexicon.term("temporary total disability").kind());
    assertEquals("device", lexicon.term("TENS unit").kind());
    assertEquals("injection", lexicon.term("ESI").kind());
  }

  @Test
  void genericMedicationWordsNameTheirClasses() {
    assertTrue(lexicon.term("medications").genericClasses().isEmpty());
    assertEquals(java.util.Set.of("Muscle Relaxant"), lexicon.term("muscle relaxants").genericClasses());
    assertTrue(lexicon.term("physical therapy").genericClasses() == null);
  }

  @Test
  void phrasesThatNameNoTreatmentAreMatchedWhole() {
    List<PhraseMatcher.Match<TreatmentLexicon.Term>> m = lexicon.terms("exercise tolerance was fair", 0, 27);
    assertEquals(1, m.size());
    assertEquals(TreatmentLexicon.NONE, m.get(0).value().kind());
  }

  @Test
  void cuesCarryModeAndScope() {
    String text = "The request for acupuncture was non-certified";
    var cues = lexicon.cues(text, 0, text.length());
    assertEquals("request for", cues.get(0).span().text(text));
    assertEquals("requested", cues.get(0).value().get(0).mode());
    var last = cues.get(cues.size() - 1).value();
    assertTrue(last.stream().anyMatch(c -> c.mode().equals("denied") && c.scope().equals("after")), last.toString());
    assertNotNull(lexicon.term("heat"));
    assertTrue(lexicon.term("heat").needsCue());
  }
}
