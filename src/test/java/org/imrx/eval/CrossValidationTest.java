package org.imrx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
  private static final List<String> DOCS = IntStream.range(0, 23).mapToObj(i -> "doc-" + i).toList();

  @Test
  void foldsPartitionTheDocuments() {
    List<CrossValidation.Fold> folds = new CrossValidation(5, 42).folds(DOCS);
    assertEquals(5, folds.size());
    Set<String> seen = new HashSet<>();
    for (CrossValidation.Fold f : folds) {
      assertTrue(f.test().size() == 4 || f.test().size() == 5, "sizes differ by at most one");
      assertTrue(Collections.disjoint(f.train(), f.test()));
      Set<String> union = new HashSet<>(f.train());
      union.addAll(f.test());
      assertEquals(new HashSet<>(DOCS), union);
      for (String d : f.test()) {
        assertTrue(seen.add(d), d + " tested twice");
      }
    }
    assertEquals(DOCS.size(), seen.size());
  }

  @Test
  void sameSeedSameFoldsWhateverTheInputOrder() {
    List<String> shuffled = new ArrayList<>(DOCS);
    Collections.shuffle(shuffled, new java.util.Random(7));
    assertEquals(new CrossValidation(4, 1).folds(DOCS), new CrossValidation(4, 1).folds(shuffled));
    assertNotEquals(new CrossValidation(4, 1).folds(DOCS), new CrossValidation(4, 2).folds(DOCS));
  }

  @Test
  void itemsOfOneDocumentStayInOneFold() {
    record Sentence(String doc, int n) {}
    List<Sentence> items = new ArrayList<>();
    for (String d : DOCS) {
      for (int i = 0; i < 3; i++) {
        items.add(new Sentence(d, i));
      }
    }
    for (CrossValidation.Fold f : new CrossValidation(3, 9).folds(items, Sentence::doc)) {
      List<Sentence> test = f.test(items, Sentence::doc);
      List<Sentence> train = f.train(items, Sentence::doc);
      assertEquals(items.size(), test.size() + train.size());
      assertTrue(test.stream().noneMatch(s -> f.train().contains(s.doc())));
      assertEquals(0, test.size() % 3);
    }
  }

  @Test
  void tooFewDocumentsOrFoldsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CrossValidation(1, 0));
    assertThrows(IllegalArgumentException.class, () -> new CrossValidation(5, 0).folds(List.of("a", "b", "a")));
  }
}
