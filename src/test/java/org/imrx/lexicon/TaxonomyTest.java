package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TaxonomyTest {
  @Test
  void mapsPrintedSpecialtiesToBoardSpecialties() throws Exception {
    Taxonomy t = Taxonomy.load();
    assertEquals("Physical Medicine & Rehabilitation",
        t.boardSpecialty("Physical Medicine and Rehabilitation").orElseThrow());
    assertEquals("Chiropractic", t.boardSpecialty("Chiropractor").orElseThrow());
    assertEquals("Family Practice", t.boardSpecialty("family practice").orElseThrow());
    assertTrue(t.boardSpecialty("Pediatric Rehabilitation Medicine").isEmpty());
    assertTrue(t.isCategory("Pharmaceuticals", "Opioids"));
    assertTrue(t.drugClasses().contains("Muscle Relaxant"));
  }
}
