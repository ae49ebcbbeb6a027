package org.imrx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Case;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarCasesTest {
  @TempDir static Path dir;
  static IndexSetup setup;
  static OpenIndex index;

  @BeforeAll
  static void build() throws Exception {
    setup = IndexSetup.load(Lexicons.load(null));
    try (CaseIndexer ix = CaseIndexer.open(dir, setup, 10, 16)) {
      for (Case c : IndexFixtures.five()) {
        ix.put(c, c.source().path());
      }
    }
    index = OpenIndex.open(dir, setup);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void aDeterminationNeverMatchesItselfAndFindsTheLikeCase() throws Exception {
    Case neckMri = IndexFixtures.five().get(4);
    CaseProfile p = CaseProfile.of(List.of(neckMri), setup.categorizer(), setup.documents());
    SimilarResponse r = new SimilarCases(index).find(p, 10, 10);
    assertFalse(r.cases().isEmpty());
    for (SimilarResponse.SimilarCase c : r.cases()) {
      assertTrue(!c.source().id().equals(neckMri.id()), "the query case itself was returned");
    }
    SimilarResponse.SimilarCase first = r.cases().get(0);
    assertEquals("CM16-0000001", first.source().caseNumber());
    assertTrue(first.sharedCategories().contains("Diagnostic Testing / Imaging / Radiology"), first.toString());
    assertTrue(first.sharedBodyParts().contains("cervical spine"), first.toString());
    assertEquals(1, r.requests().size());
    for (SimilarResponse.PriorItem pi : r.requests().get(0).items()) {
      assertTrue(!pi.source().id().equals(neckMri.id()));
    }
    assertEquals("Imaging / Radiology",
        r.requests().get(0).items().get(0).source().disputedItems().get(r.requests().get(0).items().get(0).itemIndex()).subcategory());
  }

  @Test
  void decisionsAndRationalesOfTheQueryAreIgnored() throws Exception {
    Case a = IndexFixtures.five().get(4);
    Case b = IndexFixtures.letter("CM17-0000005", "2017-06-30", "Family Practice", "Chronic neck pain; cervical strain.",
        IndexFixtures.item("Repeat MRI of the neck", org.imrx.model.Decision.UPHELD, "Diagnostic Testing",
            "Imaging / Radiology", "Neck and Upper Back Complaints", "Entirely different reasoning about opioids."));
    SimilarCases s = new SimilarCases(index);
    SimilarResponse ra = s.find(CaseProfile.of(List.of(a), setup.categorizer(), setup.documents()), 5, 5);
    SimilarResponse rb = s.find(CaseProfile.of(List.of(b), setup.categorizer(), setup.documents()), 5, 5);
    assertEquals(ra.cases().stream().map(c -> c.source().id()).toList(),
        rb.cases().stream().map(c -> c.source().id()).toList());
    assertEquals(ra.cases().get(0).score(), rb.cases().get(0).score(), 1e-6);
  }
}
