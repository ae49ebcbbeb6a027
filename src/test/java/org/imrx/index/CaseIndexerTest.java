package org.imrx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.imrx.ConfigurationException;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Case;
import org.imrx.model.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseIndexerTest {
  static IndexSetup setup;

  @BeforeAll
  static void load() throws Exception {
    setup = IndexSetup.load(Lexicons.load(null));
  }

  static String key(Case c) {
    return c.source().path();
  }

  static void putAll(Path dir, List<Case> cases, int commitEvery) throws Exception {
    try (CaseIndexer ix = CaseIndexer.open(dir, setup, commitEvery, 16)) {
      for (Case c : cases) {
        if (!ix.isCurrent(key(c), c.source().sha256())) {
          ix.put(c, key(c));
        }
      }
    }
  }

  /** Cases and items in the index. */
  static int[] census(Path dir) throws Exception {
    try (OpenIndex ix = OpenIndex.open(dir, setup)) {
      return new int[] {ix.caseCount(), ix.searcher().count(BlockJoin.ITEMS)};
    }
  }

  @Test
  void skipsUnchangedReplacesChangedAndDeletes(@TempDir Path dir) throws Exception {
    List<Case> five = IndexFixtures.five();
    putAll(dir, five, 100);
    assertEquals(5, census(dir)[0]);
    assertEquals(8, census(dir)[1]);
    try (CaseIndexer ix = CaseIndexer.open(dir, setup, 100, 16)) {
      for (Case c : five) {
        assertTrue(ix.isCurrent(key(c), c.source().sha256()));
      }
      assertFalse(ix.isCurrent(key(five.get(0)), "another-hash"));
    }
    // The first letter changed on disk: same path, new hash, one item fewer.
    Case changed = IndexFixtures.letter("CM16-0000001", "new-hash", "2016-12-05", "Orthopedic Surgery",
        "Neck pain.", IndexFixtures.item("Acupuncture 6 visits", Decision.UPHELD, "Rehabilitation",
            "Acupuncture", "Acupuncture Treatment", "Six visits are a trial."));
    putAll(dir, List.of(changed), 100);
    assertEquals(5, census(dir)[0]);
    assertEquals(7, census(dir)[1]);
    try (OpenIndex ix = OpenIndex.open(dir, setup)) {
      assertEquals(1, ix.searcher().count(ClinicalQueryParser.parse(setup.queryAnalyzer(), "item:acupuncture")));
      assertEquals(0, ix.searcher().count(ClinicalQueryParser.parse(setup.queryAnalyzer(), "item:magnetic")));
    }
    try (CaseIndexer ix = CaseIndexer.open(dir, setup, 100, 16)) {
      assertEquals(1, ix.delete(Set.of("CM17-0000002", "CM99-9999999")));
    }
    assertEquals(4, census(dir)[0]);
    assertEquals(5, census(dir)[1]);
  }

  @Test
  void aCrashLeavesTheLastCommitAndARerunFinishes(@TempDir Path dir) throws Exception {
    List<Case> five = IndexFixtures.five();
    CaseIndexer ix = CaseIndexer.open(dir, setup, 2, 16);
    for (int i = 0; i < 3; i++) {
      ix.put(five.get(i), key(five.get(i)));
    }
    ix.abort(); // as if the process died: the third case was never committed
    int[] after = census(dir);
    assertEquals(2, after[0]);
    assertEquals(4, after[1]);
    putAll(dir, five, 2);
    assertEquals(5, census(dir)[0]);
    assertEquals(8, census(dir)[1]);
    try (OpenIndex open = OpenIndex.open(dir, setup)) {
      for (Case c : five) {
        assertEquals(1, open.searcher().count(BlockJoin.onCases(new TermQuery(new Term(IndexFields.ID, c.id())))),
            c.id());
        assertEquals(c.disputedItems().size(), open.searcher().count(open.join().itemsOf(
            new TermQuery(new Term(IndexFields.ID, c.id())))), c.id());
      }
    }
  }

  @Test
  void aMissingOrForeignIndexIsAConfigurationError(@TempDir Path dir) throws Exception {
    assertThrows(ConfigurationException.class, () -> OpenIndex.open(dir.resolve("none"), setup));
    Files.writeString(dir.resolve("notes.txt"), "not an index");
    assertThrows(ConfigurationException.class, () -> OpenIndex.open(dir, setup));
    assertThrows(ConfigurationException.class, () -> CaseIndexer.open(dir, setup, 1, 16));
  }
}
