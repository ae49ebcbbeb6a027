package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletionFilterTest {
  @Test
  void findsTheWordAndEachDeletionAfterTheFirstLetter() {
    DeletionFilter f = new DeletionFilter(List.of("gabapentin", "gbapentin", "ibuprofn"));
    assertTrue(f.mayMatch("gabapentin"));
    assertTrue(f.mayMatch("gabbapentin"), "deleting the doubled b gives a key");
    assertTrue(f.mayMatch("ibuprofen"), "deleting the e gives a key");
    assertFalse(f.mayMatch("hydrocodone"));
    assertFalse(f.mayMatch("xbuprofn"), "the first letter is never deleted");
  }

  @Test
  void agreesWithBuildingEveryDeletion() {
    Random random = new Random(7);
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      keys.add(word(random));
    }
    DeletionFilter f = new DeletionFilter(keys);
    for (int i = 0; i < 5000; i++) {
      String w = word(random);
      boolean expected = keys.contains(w);
      for (int k = 1; k < w.length(); k++) {
        expected |= keys.contains(w.substring(0, k) + w.substring(k + 1));
      }
      // Collisions of 64-bit hashes over a few thousand words do not happen in practice.
      assertEquals(expected, f.mayMatch(w), w);
    }
  }

  private static String word(Random random) {
    char[] c = new char[3 + random.nextInt(4)];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) ('a' + random.nextInt(4));
    }
    return new String(c);
  }
}
